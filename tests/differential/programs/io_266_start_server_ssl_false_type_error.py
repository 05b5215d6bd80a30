import asyncio


async def noop(reader, writer):
    writer.close()


async def main():
    try:
        await asyncio.start_server(noop, "127.0.0.1", 0, ssl=False)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.start_server(noop, "127.0.0.1", 0, bogus=1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.open_connection("127.0.0.1", 0, bogus=1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
