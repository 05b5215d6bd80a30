import asyncio


async def main():
    r = asyncio.StreamReader(limit=5)
    r.feed_data(b"abcdefgh\nok\n")
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError:", e)
    print("next line:", await r.readline())
    r.feed_data(b"0123456789")
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError:", e)
    print("buffer after:", repr(r))
    r.feed_data(b"abc\n")
    r.feed_eof()
    print("then:", await r.readline())
    r2 = asyncio.StreamReader(limit=5)
    r2.feed_data(b"12345\n")
    print("exactly limit:", await r2.readline())
    r2.feed_data(b"123456\n")
    try:
        print(await r2.readline())
    except ValueError as e:
        print("ValueError:", e)
    print(r2.at_eof(), await r2.read(0))


asyncio.run(main())
