"""A worker thread hands coroutines to the loop with run_coroutine_threadsafe and blocks on their results."""
import asyncio
import threading


async def lookup(key):
    await asyncio.sleep(0.05)
    if key == "missing":
        raise LookupError(key)
    return key.upper()


def worker_thread(loop):
    out = []
    for key in ("a", "b", "missing"):
        future = asyncio.run_coroutine_threadsafe(lookup(key), loop)
        try:
            out.append(future.result(timeout=5))
        except LookupError as e:
            out.append(f"error {e}")
    out.append(threading.current_thread() is threading.main_thread())
    return out


async def main():
    loop = asyncio.get_running_loop()
    print("thread got:", await asyncio.to_thread(worker_thread, loop))
    slow = asyncio.run_coroutine_threadsafe(asyncio.sleep(10), loop)
    await asyncio.sleep(0)
    slow.cancel()
    await asyncio.sleep(0)
    print("cancelled from the concurrent future:", slow.cancelled())


asyncio.run(main())
