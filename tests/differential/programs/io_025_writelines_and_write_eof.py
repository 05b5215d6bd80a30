import asyncio


async def handle(reader, writer):
    data = await reader.read()
    print("server got", data)
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.writelines([b"a", b"b", b"c"])
    writer.write_eof()
    print("client read:", await reader.read())
    writer.close()
    await writer.wait_closed()
    print("closing:", writer.is_closing())
    server.close()
    await server.wait_closed()


asyncio.run(main())
