"""Timing a job with datetime.now() and loop.time(), printed rounded."""
import asyncio
from datetime import datetime


async def job(n):
    await asyncio.sleep(0.1 * n)
    return n


async def main():
    start = datetime.now()
    loop_start = asyncio.get_running_loop().time()
    results = await asyncio.gather(job(1), job(2), job(3))
    elapsed = datetime.now() - start
    print("results:", results)
    print("elapsed (datetime):", round(elapsed.total_seconds(), 1))
    print("elapsed (loop):", round(asyncio.get_running_loop().time() - loop_start, 1))
    print("timedelta seconds:", elapsed.seconds)


asyncio.run(main())
