import asyncio

ticks = 0


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def measure(label, make):
    before = ticks
    result = await make()
    print(f"{label}: yields {ticks - before}, got {result!r}")


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    reader = asyncio.StreamReader()
    reader.feed_data(b"line\nabcdefgh")
    await measure("readline buffered", reader.readline)
    await measure("readexactly buffered", lambda: reader.readexactly(3))
    await measure("read(2) buffered", lambda: reader.read(2))
    asyncio.get_running_loop().call_soon(reader.feed_data, b"\n")
    await measure("readline needing more data", reader.readline)
    reader.feed_eof()
    await measure("read() at eof", reader.read)
    t.cancel()


asyncio.run(main())
