"""Primitives made at import bind to the first loop that makes them wait: in a second asyncio.run
they work while nothing waits, and refuse once something must."""
import asyncio

lock = asyncio.Lock()
queue = asyncio.Queue()


async def first():
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())   # has to wait: the lock binds to this loop
    await asyncio.sleep(0)
    lock.release()
    await waiter
    lock.release()
    getter = asyncio.create_task(queue.get())      # waits too: the queue binds to this loop
    await asyncio.sleep(0)
    queue.put_nowait("item")
    print("first run:", await getter)


async def second():
    async with lock:                               # no waiting, so no loop is asked for
        print("second run: uncontended lock is fine")
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 0.1)
    except RuntimeError as error:
        print("RuntimeError:", str(error).split(" at 0x")[0], "...", str(error).rsplit(">", 1)[-1])
    try:
        await queue.get()
    except RuntimeError as error:
        print("RuntimeError:", str(error).split(" at 0x")[0], "...", str(error).rsplit(">", 1)[-1])


asyncio.run(first())
asyncio.run(second())
