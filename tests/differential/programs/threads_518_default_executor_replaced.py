"""set_default_executor: run_in_executor(None, ...) and to_thread use the pool we give, with its thread names."""
import asyncio
import concurrent.futures
import threading


def whoami(_=None):
    return threading.current_thread().name.rsplit("_", 1)[0]


async def main():
    loop = asyncio.get_running_loop()
    print("default:", await loop.run_in_executor(None, whoami))
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="mine")
    loop.set_default_executor(pool)
    print("replaced:", await loop.run_in_executor(None, whoami))
    print("to_thread:", await asyncio.to_thread(whoami))
    try:
        loop.set_default_executor(object())
    except TypeError as exc:
        print("TypeError:", exc)

asyncio.run(main())
