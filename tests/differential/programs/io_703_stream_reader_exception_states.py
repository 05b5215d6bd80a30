"""StreamReader.set_exception: a waiting read gets the error, later reads raise it even with data buffered,
exception() returns it; feed_data after feed_eof is an AssertionError only under -O-free runs; at_eof and
the async iterator over a reader whose last line has no newline."""
import asyncio


async def main():
    r = asyncio.StreamReader()
    task = asyncio.create_task(r.read(10))
    await asyncio.sleep(0)
    r.set_exception(ConnectionResetError("peer went away"))
    try:
        await task
    except ConnectionResetError as e:
        print("waiting read:", repr(e))
    r.feed_data(b"buffered")
    for name, coro in (("read", r.read(1)), ("readline", r.readline()), ("readexactly", r.readexactly(1)),
                       ("readuntil", r.readuntil(b"x"))):
        try:
            print(name, await coro)
        except ConnectionResetError as e:
            print(name, "raises", e)
    print("exception():", repr(r.exception()))

    r = asyncio.StreamReader()
    r.feed_data(b"one\ntwo\nthree")
    r.feed_eof()
    print("at_eof before:", r.at_eof())
    async for line in r:
        print("line", line)
    print("at_eof after:", r.at_eof())
    try:
        r.feed_data(b"more")
    except AssertionError as e:
        print("AssertionError:", e)
    r.feed_data(b"")
    print("read after eof:", await r.read(), await r.readline(), await r.read(5))


asyncio.run(main())
