import asyncio

got_reset = None


async def handle(reader, writer):
    await asyncio.sleep(0.02)
    try:
        writer.write(b"reply")
        await writer.drain()
        print("server: first write ok")
        await asyncio.sleep(0.02)
        data = await reader.read()
        print("server: read", data)
    except ConnectionResetError as e:
        print("server:", type(e).__name__, e)
    writer.close()
    got_reset.set()


async def main():
    global got_reset
    got_reset = asyncio.Event()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.03)
    print("client: aborting with unread data in the kernel")
    writer.transport.abort()
    print("client: is_closing", writer.is_closing())
    print("client: read after abort", await reader.read())
    await got_reset.wait()
    server.close()
    await server.wait_closed()


asyncio.run(main())
