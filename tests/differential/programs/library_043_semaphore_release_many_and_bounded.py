import asyncio


async def waiter(sem, name):
    await sem.acquire()
    print(name, "acquired")


async def main():
    sem = asyncio.Semaphore(0)
    tasks = [asyncio.create_task(waiter(sem, n)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    print("locked:", sem.locked())
    sem.release()
    sem.release()
    print("released twice")
    await asyncio.sleep(0)
    print("after sleep(0)")
    sem.release()
    await asyncio.gather(*tasks)
    b = asyncio.BoundedSemaphore(1)
    async with b:
        print("bounded inside")
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
