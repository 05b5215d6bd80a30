import asyncio


async def main():
    reader = asyncio.StreamReader(limit=8)
    reader.feed_data(b"0123456789abcdef\nshort\n")
    reader.feed_eof()
    try:
        await reader.readline()
    except ValueError as e:
        print("ValueError:", e)
    r2 = asyncio.StreamReader(limit=8)
    r2.feed_data(b"0123456789;")
    r2.feed_eof()
    try:
        await r2.readuntil(b";")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, "consumed:", e.consumed)
    r3 = asyncio.StreamReader()
    r3.feed_data(b"abc")
    r3.set_exception(ConnectionResetError("peer reset"))
    try:
        await r3.read(10)
    except ConnectionResetError as e:
        print("ConnectionResetError:", e)


asyncio.run(main())
