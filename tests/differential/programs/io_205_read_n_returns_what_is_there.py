import asyncio


async def writer(r):
    print("writer: feeding 3 bytes")
    r.feed_data(b"abc")
    await asyncio.sleep(0)
    print("writer: feeding 5 bytes")
    r.feed_data(b"defgh")
    r.feed_data(b"ij")
    await asyncio.sleep(0)
    print("writer: eof")
    r.feed_eof()


async def main():
    r = asyncio.StreamReader()
    t = asyncio.create_task(writer(r))
    print("read(10):", await r.read(10))
    print("read(2):", await r.read(2))
    print("read(10):", await r.read(10))
    print("read(10):", await r.read(10))
    print("read(10):", await r.read(10))
    print("read():", await r.read())
    await t


asyncio.run(main())
