"""readuntil with separators that are not plain bytes: a bytearray and a memoryview work as one separator,
a str or an int is refused by the buffer's search (TypeError), found only once data is buffered."""
import asyncio


async def main():
    r = asyncio.StreamReader()
    r.feed_data(b"key=value;other=thing;")
    r.feed_eof()
    print(await r.readuntil(bytearray(b";")))
    print(await r.readuntil(memoryview(b"=")))
    for sep in ("=", 61):
        try:
            print(await r.readuntil(sep))
        except TypeError as e:
            print("TypeError:", e)
    print(await r.read())


asyncio.run(main())
