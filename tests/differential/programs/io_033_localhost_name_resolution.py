import asyncio


async def handle(reader, writer):
    writer.write(b"hi from server\n")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "localhost", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("localhost", port)
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
