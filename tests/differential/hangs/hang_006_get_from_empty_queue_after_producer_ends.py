import asyncio


async def producer(q):
    for i in range(2):
        await asyncio.sleep(0.01)
        await q.put(i)


async def main():
    q = asyncio.Queue()
    asyncio.create_task(producer(q))
    while True:
        item = await q.get()
        print("got", item)


asyncio.run(main())
