import asyncio


async def handle(reader, writer):
    print("server: handler started")
    line = await reader.readline()
    print("server: got", line)
    writer.write(b"ok\n")
    await writer.drain()
    print("server: replied")
    rest = await reader.read()
    print("server: client finished, extra", rest)
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"request\n")
    print("client: reply", await reader.readline())
    writer.write(b"bye")
    writer.write_eof()
    print("client: eof", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
