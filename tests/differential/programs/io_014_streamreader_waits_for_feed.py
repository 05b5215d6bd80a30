import asyncio


async def feeder(reader):
    for chunk in (b"hel", b"lo\nwor", b"ld\n"):
        await asyncio.sleep(0.01)
        print("feeding", chunk)
        reader.feed_data(chunk)
    await asyncio.sleep(0.01)
    print("feeding eof")
    reader.feed_eof()


async def main():
    reader = asyncio.StreamReader()
    t = asyncio.create_task(feeder(reader))
    while line := await reader.readline():
        print("line", line)
    print("eof reached")
    await t


asyncio.run(main())
