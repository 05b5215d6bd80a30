import asyncio


async def main():
    r = asyncio.StreamReader()
    r.feed_eof()
    print(r.at_eof())
    print(await r.read())
    print(await r.read(5))
    print(await r.readline())
    try:
        await r.readexactly(3)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    try:
        await r.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    r.feed_eof()
    print("second feed_eof ok", r.at_eof())
    r.feed_data(b"")
    print("empty feed_data after eof ok")


asyncio.run(main())
