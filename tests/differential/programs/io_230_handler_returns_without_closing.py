import asyncio


async def handle(reader, writer):
    writer.write(b"hello\n")
    print("server: handler returns without close()")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client:", await reader.readline())
    try:
        await asyncio.wait_for(reader.read(), 0.05)
    except asyncio.TimeoutError:
        print("client: connection still open")
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
