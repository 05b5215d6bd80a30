import asyncio


async def main():
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b"abcdefg;h;")
    try:
        await r.readuntil(b";")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed, type(e).__mro__[1].__name__)
    print(await r.read(3))
    print(await r.readuntil(b";"))
    r.feed_data(b"0123456789")
    try:
        await r.readuntil(b"--")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    print(await r.readexactly(10))
    print(isinstance(asyncio.LimitOverrunError("m", 1), Exception))


asyncio.run(main())
