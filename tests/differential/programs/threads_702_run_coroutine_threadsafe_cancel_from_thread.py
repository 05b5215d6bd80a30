"""A thread submits coroutines to the loop with run_coroutine_threadsafe: one result, one exception passed
back through the concurrent future, one cancelled from the thread (the task sees CancelledError),
and one whose result() times out in the thread."""
import asyncio
import concurrent.futures
import threading


async def value(x):
    await asyncio.sleep(0.01)
    return x * 2


async def fails():
    await asyncio.sleep(0.01)
    raise LookupError("missing")


async def long_job(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("long_job cancelled")
        raise


def thread_body(loop, log):
    log.append(f"value: {asyncio.run_coroutine_threadsafe(value(21), loop).result()}")
    try:
        asyncio.run_coroutine_threadsafe(fails(), loop).result()
    except LookupError as e:
        log.append(f"fails: {e!r}")
    fut = asyncio.run_coroutine_threadsafe(long_job(log), loop)
    try:
        fut.result(timeout=0.05)
    except concurrent.futures.TimeoutError as e:
        log.append(f"timeout: {type(e).__name__} builtin={e.__class__ is TimeoutError}")
    log.append(f"cancel: {fut.cancel()}")
    try:
        fut.result()
    except concurrent.futures.CancelledError as e:
        log.append(f"result after cancel: {type(e).__name__}")


async def main():
    log = []
    loop = asyncio.get_running_loop()
    t = threading.Thread(target=thread_body, args=(loop, log))
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.01)
    print(*log, sep="\n")


asyncio.run(main())
