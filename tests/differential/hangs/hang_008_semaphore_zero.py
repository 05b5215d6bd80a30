import asyncio


async def worker(sem, name):
    async with sem:
        print(name, "acquired")
        await asyncio.sleep(0.01)
    print(name, "released")


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()  # taken and never released
    print("semaphore taken by main")
    await asyncio.gather(worker(sem, "w1"), worker(sem, "w2"))


asyncio.run(main())
