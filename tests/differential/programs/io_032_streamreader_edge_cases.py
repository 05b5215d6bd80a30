import asyncio


async def main():
    r = asyncio.StreamReader()
    r.feed_data(b"ab--cd--ef")
    r.feed_eof()
    print(await r.read(0))
    print(await r.readuntil(b"--"))
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await r.readuntil(b"")
    except ValueError as e:
        print("ValueError:", e)
    print(await r.readuntil(b"--"))
    print(await r.read(-1))
    print(r.at_eof())
    r2 = asyncio.StreamReader()
    r2.feed_eof()
    try:
        r2.feed_data(b"late")
    except AssertionError:
        print("feed_data after feed_eof: AssertionError")
    print(await r2.read())


asyncio.run(main())
