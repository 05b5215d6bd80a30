import asyncio


async def greedy(lock):
    for i in range(3):
        async with lock:
            print("greedy round", i)
            await asyncio.sleep(0)


async def polite(lock, name):
    async with lock:
        print(name, "got it")
        await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    tasks = [
        asyncio.create_task(greedy(lock)),
        asyncio.create_task(polite(lock, "p1")),
        asyncio.create_task(polite(lock, "p2")),
    ]
    await asyncio.gather(*tasks)


asyncio.run(main())
