"""The classic mistake: a coroutine submits a blocking job to a thread pool and calls .result() on the
concurrent future, which blocks the loop until the job's 0.25 s sleep is over. The ticker's second tick, due
at 0.1, comes only after the result."""
import asyncio
import concurrent.futures
import time


def job(n):
    time.sleep(n)
    return n * 2


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.1)


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    with concurrent.futures.ThreadPoolExecutor() as pool:
        print("result", pool.submit(job, 0.25).result())
    await t


asyncio.run(main())
