"""The main thread starts asyncio.run in a (non-daemon) thread and ends without joining it: the interpreter
waits for the thread at exit, and its loop's timers still fire."""
import asyncio
import threading


async def countdown(n):
    for i in range(n, 0, -1):
        await asyncio.sleep(0.1)
        print("countdown", i)
    await asyncio.sleep(0.1)
    print("lift-off")


threading.Thread(target=asyncio.run, args=(countdown(3),)).start()
print("main thread done")
