import asyncio


async def worker(sem, name):
    try:
        async with sem:
            print(name, "in")
            await asyncio.sleep(0)
        print(name, "out")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(2)
    await sem.acquire()
    await sem.acquire()
    ws = [asyncio.create_task(worker(sem, f"w{i}")) for i in range(4)]
    await asyncio.sleep(0)
    sem.release()
    ws[0].cancel()
    ws[2].cancel()
    sem.release()
    await asyncio.gather(*ws, return_exceptions=True)
    print("locked:", sem.locked())


asyncio.run(main())
