import asyncio


async def producer(q):
    for i in range(5):
        print("put", i, "start")
        await q.put(i)
        print("put", i, "done, qsize", q.qsize())
    await q.put(None)


async def consumer(q):
    while True:
        item = await q.get()
        print("got", item)
        if item is None:
            break
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))
    print("empty:", q.empty(), "full:", q.full())


asyncio.run(main())
