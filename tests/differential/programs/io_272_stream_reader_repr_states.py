import asyncio


async def main():
    r = asyncio.StreamReader(limit=10)
    print(repr(r))
    r.feed_data(b"hello")
    print(repr(r))
    t = asyncio.create_task(r.readexactly(8))
    await asyncio.sleep(0)
    print(repr(r))
    r.feed_eof()
    print(repr(r))
    try:
        await t
    except asyncio.IncompleteReadError as e:
        print(repr(e))
    print(repr(r))
    r2 = asyncio.StreamReader()
    r2.set_exception(OSError(5, "io"))
    print(repr(r2))


asyncio.run(main())
