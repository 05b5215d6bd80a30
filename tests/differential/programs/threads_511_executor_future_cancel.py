"""Cancelling the asyncio future of a job that has not started yet cancels the job itself."""
import asyncio
import concurrent.futures
import time

started = []


def job(n):
    started.append(n)
    time.sleep(0.2)
    return n


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        first = loop.run_in_executor(pool, job, 1)
        second = loop.run_in_executor(pool, job, 2)
        second.cancel()
        print("first:", await first)
        print("second cancelled:", second.cancelled())
    print("jobs that started:", started)

asyncio.run(main())
