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
    try:  # 3.11 returns at once; from 3.12, wait_closed waits for the server's open connection too
        await asyncio.wait_for(server.wait_closed(), 0.1)
    except asyncio.TimeoutError:
        print("wait_closed waits for the open connection")
    print("done")


asyncio.run(main())
