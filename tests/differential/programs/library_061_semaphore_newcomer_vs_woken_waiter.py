import asyncio


async def user(sem, name):
    async with sem:
        print(name, "in")
        await asyncio.sleep(0)
    print(name, "out")


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    w = asyncio.create_task(user(sem, "waiter"))
    await asyncio.sleep(0)
    sem.release()
    n = asyncio.create_task(user(sem, "newcomer"))
    print("locked after release:", sem.locked())
    await asyncio.gather(w, n)


asyncio.run(main())
