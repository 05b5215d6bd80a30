import asyncio


async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"12345")
    reader.feed_eof()
    print("have 5 bytes")
    await reader.readexactly(10)


asyncio.run(main())
