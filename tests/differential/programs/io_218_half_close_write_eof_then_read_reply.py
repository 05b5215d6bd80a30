import asyncio


async def handle(reader, writer):
    data = await reader.read()
    print("server: request complete:", data, reader.at_eof())
    writer.write(b"len=" + str(len(data)).encode())
    await writer.drain()
    print("server: replied")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("can_write_eof:", writer.can_write_eof())
    writer.write(b"hello ")
    writer.writelines([b"wor", b"ld"])
    writer.write_eof()
    print("client: eof written, closing?", writer.is_closing())
    writer.write_eof()
    try:
        writer.write(b"more")
    except RuntimeError as e:
        print("RuntimeError:", e)
    writer.write(b"")
    print("client: reply", await reader.read())
    print("client: at_eof", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
