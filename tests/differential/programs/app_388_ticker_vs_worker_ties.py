"""A 0.02 s ticker and a worker doing 0.01 s + 0.01 s steps: their wake-ups coincide."""
import asyncio


async def ticker(stop):
    n = 0
    while not stop.is_set():
        await asyncio.sleep(0.02)
        n += 1
        print(f"tick {n}")


async def worker(stop):
    for step in range(3):
        await asyncio.sleep(0.01)
        print(f"  worker step {step} half")
        await asyncio.sleep(0.01)
        print(f"  worker step {step} done")
    stop.set()
    print("  worker set stop")


async def main():
    stop = asyncio.Event()
    await asyncio.gather(ticker(stop), worker(stop))


asyncio.run(main())
