import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    sem.release()
    print("one release fine")
    sem.release()


asyncio.run(main())
