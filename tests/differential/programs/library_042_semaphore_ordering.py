import asyncio


async def worker(sem, name, d):
    print(name, "waiting")
    async with sem:
        print(name, "acquired")
        await asyncio.sleep(d)
        print(name, "releasing")


async def main():
    sem = asyncio.Semaphore(2)
    tasks = [
        asyncio.create_task(worker(sem, "A", 0.05)),
        asyncio.create_task(worker(sem, "B", 0.01)),
        asyncio.create_task(worker(sem, "C", 0.01)),
    ]
    await asyncio.gather(*tasks)
    print("locked:", sem.locked())


asyncio.run(main())
