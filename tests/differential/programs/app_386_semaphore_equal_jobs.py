"""Tutorial-style: six equal jobs through a Semaphore(2); who starts with whom."""
import asyncio
import time


async def job(i, sem, t0):
    async with sem:
        print(f"job {i} starts at {time.monotonic() - t0:.1f}")
        await asyncio.sleep(0.1)
        print(f"job {i} ends")


async def main():
    sem = asyncio.Semaphore(2)
    t0 = time.monotonic()
    await asyncio.gather(*(job(i, sem, t0) for i in range(6)))
    print(f"total {time.monotonic() - t0:.1f}s")


asyncio.run(main())
