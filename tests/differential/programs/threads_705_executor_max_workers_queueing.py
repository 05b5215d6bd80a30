"""run_in_executor on a pool of two workers: four blocking jobs of different lengths run two at a time
(virtual time in the threads), and the order they finish in, with loop.time() when each is awaited."""
import asyncio
import concurrent.futures
import time


def job(name, seconds):
    time.sleep(seconds)
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futures = [loop.run_in_executor(pool, job, name, d) for name, d in
                   (("a", 0.3), ("b", 0.1), ("c", 0.1), ("d", 0.2))]
        for fut in asyncio.as_completed(futures):
            name = await fut
            print(name, round(loop.time() - start, 1))


asyncio.run(main())
