import asyncio


async def handle(reader, writer):
    writer.write(b"part one, ")
    writer.write(b"part two, ")
    await writer.drain()
    writer.write(b"part three")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    data = await reader.read(-1)
    print("read(-1):", data)
    print("at_eof:", reader.at_eof(), "more:", await reader.read(10), await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
