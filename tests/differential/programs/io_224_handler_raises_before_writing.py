import asyncio


async def handle(reader, writer):
    print("server: got", await reader.readline())
    raise KeyError("missing")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello\n")
    print("client:", await reader.readline())
    print("client at_eof:", reader.at_eof())
    writer.write(b"anyone?\n")
    await writer.drain()
    print("client: write after peer closed ok")
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("end")


asyncio.run(main())
