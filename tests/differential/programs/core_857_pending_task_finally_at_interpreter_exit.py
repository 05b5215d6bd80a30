"""Q&A: "Task was destroyed but it is pending!" with old-style code that closes its loop early: the pending task's
coroutine is closed only when the interpreter exits, and its `finally` prints then, after the program's last line."""
import asyncio
import atexit


async def ticker():
    n = 0
    try:
        while True:
            await asyncio.sleep(0.1)
            n += 1
    finally:
        print(f"ticker: finally after {n} ticks")


atexit.register(print, "atexit handler")
loop = asyncio.new_event_loop()
task = loop.create_task(ticker())
loop.run_until_complete(asyncio.sleep(0.25))
loop.close()
print("loop closed, task pending:", not task.done())
print("last line of the program")
