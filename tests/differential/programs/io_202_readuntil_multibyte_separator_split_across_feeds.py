import asyncio


async def feeder(r):
    for chunk in (b"GET / HTTP/1.0\r", b"\nHost: x\r\n\r", b"\nbody", b"\r\n", b"\r\ntail"):
        print("feed", chunk)
        r.feed_data(chunk)
        await asyncio.sleep(0)
    r.feed_eof()
    print("feeder done")


async def main():
    r = asyncio.StreamReader()
    t = asyncio.create_task(feeder(r))
    head = await r.readuntil(b"\r\n\r\n")
    print("head", head)
    body = await r.readuntil(b"\r\n\r\n")
    print("body", body)
    try:
        await r.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as e:
        print("incomplete:", e, e.partial, e.expected)
    await t


asyncio.run(main())
