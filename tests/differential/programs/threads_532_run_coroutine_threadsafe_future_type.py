"""run_coroutine_threadsafe hands the calling thread a concurrent.futures.Future: its type and its repr
(state, result) are what a program prints while it waits on it from a worker thread."""
import asyncio
import re
import threading


def without_address(text):
    return re.sub(r" at 0x[0-9a-f]+", "", text)


async def double(x):
    await asyncio.sleep(0.1)
    return 2 * x


async def main():
    loop = asyncio.get_running_loop()
    seen = []

    def worker():
        future = asyncio.run_coroutine_threadsafe(double(21), loop)
        seen.append(without_address(repr(future)))
        seen.append(future.result())
        seen.append(without_address(repr(future)))
        seen.append(f"{type(future).__module__}.{type(future).__qualname__}")

    thread = threading.Thread(target=worker)
    thread.start()
    await asyncio.to_thread(thread.join)
    for line in seen:
        print(line)


asyncio.run(main())
