"""Jobs submitted straight to a ThreadPoolExecutor (no run_in_executor, nothing awaits them) sleep 0.5 s and
1.5 s beside a coroutine sleeping 1 s twice: their prints interleave with the coroutine's by time."""
import asyncio
import concurrent.futures
import time

pool = concurrent.futures.ThreadPoolExecutor(2)


def job(n):
    time.sleep(n)
    print("job", n, flush=True)


async def main():
    pool.submit(job, 0.5)
    pool.submit(job, 1.5)
    await asyncio.sleep(1)
    print("main after 1")
    await asyncio.sleep(1)
    print("main after 2")


asyncio.run(main())
pool.shutdown()
