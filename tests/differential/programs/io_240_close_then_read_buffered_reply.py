import asyncio


async def handle(reader, writer):
    await reader.readline()
    writer.write(b"line1\nline2\n")
    await writer.drain()
    await asyncio.sleep(0.02)
    writer.write(b"too late\n")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"go\n")
    await asyncio.sleep(0.01)
    writer.close()
    print("closed; at_eof:", reader.at_eof())
    print(await reader.readline())
    print(await reader.read())
    print("at_eof:", reader.at_eof())
    await writer.wait_closed()
    await asyncio.sleep(0.03)
    server.close()
    await server.wait_closed()


asyncio.run(main())
