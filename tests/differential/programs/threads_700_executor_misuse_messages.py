"""Misuses around executors and thread-safe calls, and their messages: run_in_executor with a coroutine
function, run_coroutine_threadsafe with a non-coroutine, call_soon_threadsafe with a non-callable in debug
mode off, and calls on a closed loop."""
import asyncio
import threading


async def job():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, job)
    except TypeError as e:
        print("run_in_executor(coroutine function):", e)
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print("run_coroutine_threadsafe(42):", e)
    print("to_thread kwargs:", await asyncio.to_thread(dict, a=1, b=2))
    print("run_in_executor args:", await loop.run_in_executor(None, max, 3, 9, 4))
    return loop


loop = asyncio.run(main())
print("closed:", loop.is_closed())
for name, call in (("call_soon_threadsafe", lambda: loop.call_soon_threadsafe(print, "x")),
                   ("call_soon", lambda: loop.call_soon(print, "x")),
                   ("run_in_executor", lambda: loop.run_in_executor(None, print)),
                   ("run_coroutine_threadsafe", lambda: asyncio.run_coroutine_threadsafe(job(), loop))):
    try:
        result = call()
        print(name, "->", type(result).__name__)
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
threading.Thread(target=lambda: print("thread done")).start()
