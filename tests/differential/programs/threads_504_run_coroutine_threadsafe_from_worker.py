"""A worker thread runs a coroutine on the loop with run_coroutine_threadsafe and waits for it."""
import asyncio


async def fetch(x):
    await asyncio.sleep(0.2)
    return x * 10


def sync_code(loop):
    results = []
    for x in (1, 2):
        future = asyncio.run_coroutine_threadsafe(fetch(x), loop)
        results.append(future.result())
    return results


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(sync_code, loop))

asyncio.run(main())
