import asyncio


async def main():
    e = asyncio.IncompleteReadError(b"abc", 10)
    print(str(e), e.partial, e.expected, isinstance(e, EOFError))
    e2 = asyncio.IncompleteReadError(b"", None)
    print(str(e2))
    r = asyncio.StreamReader()
    r.feed_data(b"12345")
    r.feed_eof()
    try:
        await r.readexactly(6)
    except EOFError as e:
        print(type(e).__name__, e, e.__reduce__()[1])
    r = asyncio.StreamReader()
    r.feed_data(b"12345")
    r.feed_eof()
    await r.readexactly(6)


asyncio.run(main())
