import asyncio


async def waiter(lock, name):
    try:
        async with lock:
            print(name, "got the lock")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(0)
    w1.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(w1, w2, return_exceptions=True)
    print("w1 cancelled:", w1.cancelled(), "locked:", lock.locked())


asyncio.run(main())
