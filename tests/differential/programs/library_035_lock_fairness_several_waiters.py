import asyncio


async def user(lock, name):
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0.01)
        print(name, "releases")


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(user(lock, n)) for n in ("A", "B", "C", "D")]
    await asyncio.sleep(0)
    print("locked:", lock.locked())
    lock.release()
    print("main released")
    await asyncio.gather(*tasks)
    print("locked at end:", lock.locked())


asyncio.run(main())
