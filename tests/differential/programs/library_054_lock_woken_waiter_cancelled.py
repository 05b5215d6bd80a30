import asyncio


async def waiter(lock, name):
    try:
        async with lock:
            print(name, "got the lock")
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(0)
    lock.release()      # wakes w1 ...
    w1.cancel()         # ... but w1 is cancelled before it runs
    await asyncio.gather(w1, w2, return_exceptions=True)
    print("locked at end:", lock.locked())


asyncio.run(main())
