import asyncio


async def main():
    r = asyncio.StreamReader()
    r.feed_data(b"ab")
    try:
        await asyncio.wait_for(r.readline(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out, repr:", repr(r))
    r.feed_data(b"c\nd")
    print(await r.readline())
    try:
        async with asyncio.timeout(0.01):
            await r.readexactly(3)
    except TimeoutError as e:
        print("timeout() expired:", type(e).__name__, repr(r))
    r.feed_data(b"ef")
    print(await r.readexactly(3))
    t = asyncio.create_task(r.read(5))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled())
    r.feed_data(b"xyz")
    print(await r.read(5))


asyncio.run(main())
