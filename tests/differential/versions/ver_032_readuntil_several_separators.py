# changes: readuntil_several_separators
# 3.13: StreamReader.readuntil() accepts a tuple of separators and stops at the shortest match.
import asyncio


async def read_with(separator):
    reader = asyncio.StreamReader()
    reader.feed_data(b"key=value\r\nnext\n")
    reader.feed_eof()
    try:
        print(repr(separator), "->", await reader.readuntil(separator))
    except (TypeError, ValueError) as error:
        print(repr(separator), "->", type(error).__name__, error)


async def main():
    await read_with(b"\n")
    await read_with((b"\r\n", b"\n"))
    await read_with((b"=", b"\n"))
    await read_with(())


asyncio.run(main())
