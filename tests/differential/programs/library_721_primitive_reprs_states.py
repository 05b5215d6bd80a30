"""The bracketed state at the end of the reprs of Lock, Event, Semaphore, BoundedSemaphore, Condition and
Barrier, with and without waiters (the address before it is dropped)."""
import asyncio

def state(obj):
    r = repr(obj)
    return r[:r.index(" ")] + " " + r[r.index("["):]

async def main():
    lock, ev, sem, cond, bar = asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(1), asyncio.Condition(), asyncio.Barrier(3)
    bsem = asyncio.BoundedSemaphore(2)
    for o in (lock, ev, sem, bsem, cond, bar):
        print(state(o))
    await lock.acquire(); await sem.acquire(); await bsem.acquire(); ev.set()
    ts = [asyncio.create_task(lock.acquire()), asyncio.create_task(sem.acquire()), asyncio.create_task(bar.wait())]
    await cond.acquire()
    await asyncio.sleep(0)
    for o in (lock, ev, sem, bsem, cond, bar):
        print(state(o))
    async def cw():
        async with cond:
            await cond.wait()
    cond.release()
    t2 = asyncio.create_task(cw())
    await asyncio.sleep(0)
    print(state(cond))
    for t in ts + [t2]:
        t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(state(lock), state(sem), state(bar), state(cond))

asyncio.run(main())
