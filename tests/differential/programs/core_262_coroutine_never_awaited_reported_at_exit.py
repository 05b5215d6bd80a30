"""A coroutine the program made but never awaited, still referenced when it crashes (here by the
frame in the traceback), is freed as the interpreter shuts down: the warning comes after the
traceback, as the last line of stderr, and reads `sys:1: RuntimeWarning: coroutine 'fetch' was
never awaited` (no program line is running by then)."""
import asyncio


async def fetch(n):
    await asyncio.sleep(0.1)
    return n


async def main():
    pending = fetch(1)  # forgot the await
    print("got", type(pending).__name__)
    done = await fetch(2)
    print("done", done)
    raise RuntimeError("crash with a coroutine still around")


asyncio.run(main())
