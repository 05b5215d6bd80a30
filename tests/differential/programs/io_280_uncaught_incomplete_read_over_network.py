import asyncio


async def handle(reader, writer):
    writer.write(b"only 5")
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            print(await reader.readexactly(10))
        finally:
            print("finally: closing")
            writer.close()


asyncio.run(main())
