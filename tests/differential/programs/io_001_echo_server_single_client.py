import asyncio


async def handle(reader, writer):
    data = await reader.readline()
    print("server got", data)
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello echo\n")
    await writer.drain()
    reply = await reader.readline()
    print("client got", reply)
    print("then EOF:", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("server closed")


asyncio.run(main())
