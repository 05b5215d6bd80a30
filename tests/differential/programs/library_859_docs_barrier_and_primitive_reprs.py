"""The docs' Barrier example prints the barrier as it fills and drains; likewise Lock, Event, Semaphore, Condition
(the part of each repr after the address, which is all that is stable)."""
import asyncio


def state(obj):
    return repr(obj).split(" [", 1)[1].rstrip("]>")


async def main():
    b = asyncio.Barrier(3)
    asyncio.create_task(b.wait())
    asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print(state(b))
    await b.wait()
    print(state(b))
    print("barrier passed")
    await asyncio.sleep(0)
    print(state(b))
    await b.abort()
    print(state(b))

    lock, event, sem, cond = asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(2), asyncio.Condition()
    print(state(lock), "|", state(event), "|", state(sem), "|", state(cond))
    await lock.acquire()
    await sem.acquire()
    await sem.acquire()
    waiters = [asyncio.create_task(lock.acquire()), asyncio.create_task(event.wait()),
               asyncio.create_task(event.wait()), asyncio.create_task(sem.acquire())]
    await asyncio.sleep(0)
    print(state(lock), "|", state(event), "|", state(sem))
    async with cond:
        cw = asyncio.create_task(cond.acquire())
        await asyncio.sleep(0)
        print(state(cond))
    await cw
    cond.release()
    lock.release()
    event.set()
    sem.release()
    await asyncio.gather(*waiters)
    print(state(lock), "|", state(event), "|", state(sem), "|", state(cond))
    print(state(asyncio.BoundedSemaphore(3)))


asyncio.run(main())
