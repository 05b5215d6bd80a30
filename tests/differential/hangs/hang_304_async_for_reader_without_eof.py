import asyncio


async def feeder(r):
    r.feed_data(b"a\nb\n")
    await asyncio.sleep(0.01)
    r.feed_data(b"c\n")


async def main():
    r = asyncio.StreamReader()
    t = asyncio.create_task(feeder(r))
    async for line in r:
        print("line", line)
    print("loop ended")


asyncio.run(main())
