"""The reprs of every synchronisation primitive and queue, idle, with waiters, and after the waiters
were cancelled."""
import asyncio, re

def r(x):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(x))

async def main():
    lock = asyncio.Lock(); ev = asyncio.Event(); cond = asyncio.Condition()
    sem = asyncio.Semaphore(1); bsem = asyncio.BoundedSemaphore(2)
    q = asyncio.Queue(1); pq = asyncio.PriorityQueue(); lq = asyncio.LifoQueue()
    bar = asyncio.Barrier(3)
    for x in (lock, ev, cond, sem, bsem, q, pq, lq, bar):
        print(r(x))
    await lock.acquire(); await sem.acquire()
    ts = [asyncio.create_task(c) for c in (lock.acquire(), lock.acquire(), ev.wait(), sem.acquire(),
                                           pq.get(), q.put(1), q.put(2), bar.wait())]
    async def cw():
        async with cond:
            await cond.wait()
    ts.append(asyncio.create_task(cw()))
    await asyncio.sleep(0)
    ev.set(); q.put_nowait
    for x in (lock, ev, cond, sem, bsem, q, pq, lq, bar):
        print(r(x))
    str(q); print(str(q) == repr(q))
    for t in ts:
        t.cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    for x in (lock, cond, sem, q, pq, bar):
        print(r(x))

asyncio.run(main())
