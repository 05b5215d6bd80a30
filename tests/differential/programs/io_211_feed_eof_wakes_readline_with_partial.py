import asyncio


async def closer(r):
    await asyncio.sleep(0.01)
    print("closer: eof")
    r.feed_eof()


async def main():
    r = asyncio.StreamReader()
    r.feed_data(b"no newline")
    asyncio.create_task(closer(r))
    print("readline:", await r.readline())
    print("readline again:", await r.readline())
    r2 = asyncio.StreamReader()
    r2.feed_data(b"ab")
    t = asyncio.create_task(r2.readexactly(4))
    await asyncio.sleep(0)
    r2.feed_data(b"c")
    await asyncio.sleep(0)
    print("done yet?", t.done())
    r2.feed_eof()
    try:
        await t
    except asyncio.IncompleteReadError as e:
        print(e, e.partial)


asyncio.run(main())
