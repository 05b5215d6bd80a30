import asyncio

server = None


async def handle(reader, writer):
    print("handler: closing the server from inside")
    server.close()
    print("handler: serving?", server.is_serving())
    writer.write(b"last customer\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("handler: done")


async def main():
    global server
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client:", await reader.readline())
    await server.wait_closed()
    print("main: wait_closed returned")
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except OSError as e:
        print("main:", type(e).__name__)
    writer.close()
    await writer.wait_closed()


asyncio.run(main())
