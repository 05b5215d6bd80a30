"""The stream exceptions as a program sees them: IncompleteReadError's partial/expected/args/str/repr
for readexactly and readuntil at EOF, LimitOverrunError's consumed for both of readuntil's messages,
ValueError from readline over the limit, and the argument checks of readuntil and readexactly."""
import asyncio


def show(label, exc):
    print(label, type(exc).__name__, exc.args, str(exc))
    for attr in ("partial", "expected", "consumed"):
        if hasattr(exc, attr):
            print("   ", attr, "=", getattr(exc, attr))
    print("    isinstance EOFError:", isinstance(exc, EOFError))


async def main():
    r = asyncio.StreamReader(limit=8)
    r.feed_data(b"abc")
    r.feed_eof()
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        show("readexactly", e)
        print("   ", repr(e))
    r = asyncio.StreamReader(limit=8)
    r.feed_data(b"no separator")
    try:
        await r.readuntil(b"!")
    except asyncio.LimitOverrunError as e:
        show("readuntil long", e)
        print("    buffer kept:", await r.read(3))
    r = asyncio.StreamReader(limit=8)
    r.feed_data(b"0123456789ab!rest")
    try:
        await r.readuntil(b"!")
    except asyncio.LimitOverrunError as e:
        show("readuntil found late", e)
    r = asyncio.StreamReader(limit=8)
    r.feed_data(b"tail")
    r.feed_eof()
    try:
        await r.readuntil(b"\r\n")
    except asyncio.IncompleteReadError as e:
        show("readuntil eof", e)
        print("    at_eof:", r.at_eof())
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b"0123456789\nnext\n")
    try:
        await r.readline()
    except ValueError as e:
        show("readline", e)
        print("    next line:", await r.readline())
    for bad in (lambda: r.readuntil(b""), lambda: r.readexactly(-1)):
        try:
            await bad()
        except ValueError as e:
            print("ValueError:", e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
