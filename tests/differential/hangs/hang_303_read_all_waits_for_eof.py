import asyncio


async def main():
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b"0123456789")
    print(await r.read(3))
    print("read() needs EOF")
    data = await r.read()
    print("never printed", data)


asyncio.run(main())
