import asyncio


async def main():
    r = asyncio.StreamReader()
    r.feed_data(b"first\nsecond")
    print("at_eof before eof:", r.at_eof())
    r.feed_eof()
    print("at_eof with data left:", r.at_eof())
    print(await r.readline())
    print(await r.readline())
    print("at_eof after last line:", r.at_eof())
    print(await r.readline())
    print(await r.readline())
    lines = []
    r2 = asyncio.StreamReader()
    r2.feed_data(b"x\n\ny\n\n")
    r2.feed_eof()
    async for line in r2:
        lines.append(line)
    print(lines)


asyncio.run(main())
