"""Workers compute in phases, synchronised with a Barrier."""
import asyncio


async def worker(wid, barrier, grid):
    for phase in range(3):
        await asyncio.sleep(0.01 * (wid + 1))
        grid[wid] += phase + wid
        print(f"worker {wid} finished phase {phase}")
        index = await barrier.wait()
        if index == 0:
            print(f"--- phase {phase} complete: {grid} ---")


async def main():
    grid = [0, 0, 0]
    barrier = asyncio.Barrier(3)
    await asyncio.gather(*(worker(i, barrier, grid) for i in range(3)))
    print("final:", grid, "broken?", barrier.broken)


asyncio.run(main())
