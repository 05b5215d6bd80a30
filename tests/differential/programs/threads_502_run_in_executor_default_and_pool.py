"""loop.run_in_executor with the default executor and with a ThreadPoolExecutor of our own."""
import asyncio
import concurrent.futures
import time


def work(name, seconds):
    time.sleep(seconds)
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, work, "default", 0.1))
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        futures = [loop.run_in_executor(pool, work, name, s)
                   for name, s in (("c", 0.3), ("a", 0.1), ("b", 0.2))]
        for coro in asyncio.as_completed(futures):
            print("finished", await coro)
        print(await asyncio.gather(*futures))

asyncio.run(main())
