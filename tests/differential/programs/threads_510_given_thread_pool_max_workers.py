"""A ThreadPoolExecutor with two workers: the third job waits for the first free worker."""
import asyncio
import concurrent.futures
import time


def job(n):
    time.sleep(0.1 * (n + 1))
    return n


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futures = [loop.run_in_executor(pool, job, n) for n in range(3)]
        for future in asyncio.as_completed(futures):
            n = await future
            print(f"job {n} done at {round(loop.time() - start, 1)}")

asyncio.run(main())
