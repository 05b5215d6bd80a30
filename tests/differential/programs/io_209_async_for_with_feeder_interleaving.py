import asyncio


async def feeder(r):
    r.feed_data(b"one\ntw")
    print("fed one + half of two")
    await asyncio.sleep(0)
    r.feed_data(b"o\nthree\nfour\n")
    print("fed the rest")
    await asyncio.sleep(0)
    print("feeding eof")
    r.feed_data(b"five")
    r.feed_eof()


async def main():
    r = asyncio.StreamReader()
    asyncio.create_task(feeder(r))
    async for line in r:
        print("line", line)
    print("done, at_eof", r.at_eof())


asyncio.run(main())
