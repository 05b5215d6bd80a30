"""Iterations a waiter needs to get going after another task hands it something: a lock released, an event
set, a queue item put, a condition notified, a semaphore released, a barrier completed."""
import asyncio

ticks = 0

async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)

async def timed(label, waiter, hand):
    start = ticks
    async def w():
        await waiter()
        print(f"{label}: waiter through after {ticks - start}")
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    start = ticks
    r = hand()
    if asyncio.iscoroutine(r):
        await r
    await t

async def main():
    tk = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    lock = asyncio.Lock()
    await lock.acquire()
    await timed("lock", lock.acquire, lock.release)
    lock.release()
    ev = asyncio.Event()
    await timed("event", ev.wait, ev.set)
    q = asyncio.Queue()
    await timed("queue", q.get, lambda: q.put_nowait(1))
    q2 = asyncio.Queue(1)
    q2.put_nowait(0)
    await timed("full queue put", lambda: q2.put(1), q2.get_nowait)
    cond = asyncio.Condition()
    async def cwait():
        async with cond:
            await cond.wait()
    async def cnotify():
        async with cond:
            cond.notify()
    await timed("condition", cwait, cnotify)
    sem = asyncio.Semaphore(0)
    await timed("semaphore", sem.acquire, sem.release)
    b = asyncio.Barrier(2)
    await timed("barrier", b.wait, b.wait)
    fut = asyncio.get_running_loop().create_future()
    await timed("future", lambda: fut, lambda: fut.set_result(1))
    tk.cancel()

asyncio.run(main())
