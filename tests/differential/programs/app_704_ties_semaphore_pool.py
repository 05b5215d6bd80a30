"""Five jobs of 1 s through a Semaphore(2): the jobs finish in pairs at 1, 2 and 3 s; at each instant the
one holding longest finishes first and the waiting job that queued first gets in."""
import asyncio

async def job(sem, i, start):
    async with sem:
        loop = asyncio.get_running_loop()
        print(f"job {i} starts at {loop.time() - start:.1f}")
        await asyncio.sleep(1)
        print(f"job {i} ends at {loop.time() - start:.1f}")

async def main():
    sem = asyncio.Semaphore(2)
    start = asyncio.get_running_loop().time()
    await asyncio.gather(*(job(sem, i, start) for i in range(5)))

asyncio.run(main())
