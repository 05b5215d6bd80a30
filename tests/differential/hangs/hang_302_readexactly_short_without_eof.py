import asyncio


async def producer(r):
    for chunk in (b"ab", b"cd", b"e"):
        r.feed_data(chunk)
        print("fed", chunk)
        await asyncio.sleep(0.01)
    print("producer done, forgot feed_eof")


async def main():
    r = asyncio.StreamReader()
    asyncio.create_task(producer(r))
    print(await r.readexactly(4))
    print(await r.readexactly(4))


asyncio.run(main())
