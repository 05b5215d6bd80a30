"""Blocking functions in a one-thread executor run one after another; to_thread carries the ContextVar along."""
import asyncio
import concurrent.futures
import contextvars
import functools
import threading

user = contextvars.ContextVar("user", default="nobody")


def blocking(n, *, scale=1):
    return n * scale, threading.current_thread() is threading.main_thread()


def whoami():
    return user.get()


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        futs = [loop.run_in_executor(pool, functools.partial(blocking, n, scale=10)) for n in range(4)]
        print(await asyncio.gather(*futs))
    user.set("alice")
    print("to_thread sees:", await asyncio.to_thread(whoami))
    print("run_in_executor sees:", await loop.run_in_executor(None, whoami))
    try:
        await asyncio.to_thread(int, "not a number")
    except ValueError as e:
        print("the thread's error comes back:", e)


asyncio.run(main())
