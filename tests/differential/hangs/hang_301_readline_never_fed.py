import asyncio


async def main():
    r = asyncio.StreamReader()
    r.feed_data(b"first line\nsecond line without end")
    print(await r.readline())
    print("waiting for the rest of the second line")
    print(await r.readline())


asyncio.run(main())
