import asyncio


async def holder(lock, hold):
    async with lock:
        await asyncio.sleep(hold)


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock, 0.03))
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(lock.acquire(), timeout=0.01)
    except TimeoutError:
        print("acquire timed out; locked:", lock.locked(), "waiters:", len(lock._waiters))
    ok = await asyncio.wait_for(lock.acquire(), timeout=0.05)
    print("acquired later:", ok, lock.locked())
    lock.release()
    await h
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(0.01, ev.set)
    print("event:", await asyncio.wait_for(ev.wait(), 0.05))
    sem = asyncio.Semaphore(0)
    try:
        await asyncio.wait_for(sem.acquire(), 0)
    except TimeoutError:
        print("semaphore timeout 0; value", sem._value, "locked", sem.locked())


asyncio.run(main())
