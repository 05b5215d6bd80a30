"""Tutorial: a blocking function written for old asyncio calls get_event_loop() to schedule a callback.
Run in an executor it fails (no loop in that thread); the fix passes the loop in."""
import asyncio
import concurrent.futures
import time


def legacy_fetch(key, loop=None):
    time.sleep(0.1 * len(key))
    loop = loop or asyncio.get_event_loop()
    loop.call_soon_threadsafe(print, f"fetched {key}")
    return len(key)


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="fetcher") as pool:
        try:
            await loop.run_in_executor(pool, legacy_fetch, "alpha")
        except RuntimeError as exc:
            print("RuntimeError:", exc)
        sizes = await asyncio.gather(*(loop.run_in_executor(pool, legacy_fetch, key, loop)
                                       for key in ("beta", "gamma")))
    await asyncio.sleep(0)
    print("sizes:", sizes)


asyncio.run(main())
