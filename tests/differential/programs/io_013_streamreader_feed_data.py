import asyncio


async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"line one\nline two\npartial")
    reader.feed_eof()
    print(await reader.readline())
    print(await reader.readexactly(4))
    print(await reader.readline())
    print(await reader.readline())
    print(await reader.readline(), reader.at_eof())


asyncio.run(main())
