"""A waiter woken (future result, Semaphore, Event, Barrier) and cancelled before it resumes."""
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    # a future resolved, then the waiting task cancelled before it resumes
    fut = loop.create_future()
    async def waiter():
        try:
            log.append(("fut", await fut))
        except asyncio.CancelledError:
            log.append(("fut", "cancelled"))
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    fut.set_result(1)
    t.cancel()
    await asyncio.sleep(0); await asyncio.sleep(0)
    # semaphore: released to a waiter, waiter cancelled in the window
    sem = asyncio.Semaphore(0)
    async def sem_waiter(name):
        try:
            await sem.acquire()
            log.append((name, "acquired"))
        except asyncio.CancelledError:
            log.append((name, "cancelled"))
    a = asyncio.create_task(sem_waiter("a")); b = asyncio.create_task(sem_waiter("b"))
    await asyncio.sleep(0)
    sem.release()
    a.cancel()
    await asyncio.sleep(0); await asyncio.sleep(0); await asyncio.sleep(0)
    log.append(("sem locked", sem.locked()))
    # event set then waiter cancelled
    ev = asyncio.Event()
    async def ev_waiter():
        try:
            await ev.wait()
            log.append(("ev", "woke"))
        except asyncio.CancelledError:
            log.append(("ev", "cancelled"))
    e = asyncio.create_task(ev_waiter())
    await asyncio.sleep(0)
    ev.set(); e.cancel()
    await asyncio.sleep(0); await asyncio.sleep(0)
    # barrier: last party arrives, a waiting party cancelled in the window
    bar = asyncio.Barrier(2)
    async def bar_waiter(name):
        try:
            log.append((name, await bar.wait()))
        except asyncio.CancelledError:
            log.append((name, "cancelled"))
        except asyncio.BrokenBarrierError:
            log.append((name, "broken"))
    x = asyncio.create_task(bar_waiter("x"))
    await asyncio.sleep(0)
    y = asyncio.create_task(bar_waiter("y"))
    await asyncio.sleep(0)
    x.cancel()
    await asyncio.sleep(0.01)
    log.append(("barrier", bar.n_waiting, bar.broken))
    for entry in log:
        print(entry)
    b.cancel()

asyncio.run(main())
