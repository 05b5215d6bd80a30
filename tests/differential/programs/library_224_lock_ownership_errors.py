import asyncio


async def holder(lock):
    await lock.acquire()
    print("holder acquired")
    await asyncio.sleep(0.02)


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.create_task(holder(lock))
    await asyncio.sleep(0.01)
    print("locked by other task", lock.locked())
    lock.release()
    print("released someone else's lock:", lock.locked())
    async with lock:
        print("main inside")
    await t
    print("holder done, lock", lock.locked())
    async with lock as value:
        print("as value:", value)
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError:
        print("released on error:", not lock.locked())
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)


asyncio.run(main())
