import asyncio


async def handle(reader, writer):
    writer.close()
    await writer.wait_closed()
    print("server: closed its end")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client: read", await reader.read())
    print("client: is_closing", writer.is_closing())
    writer.write(b"first")
    await writer.drain()
    print("client: first write accepted")
    await asyncio.sleep(0.02)
    for i in range(3):
        try:
            writer.write(b"again")
            await writer.drain()
            print("client: write", i, "ok")
        except (ConnectionResetError, BrokenPipeError) as e:
            print("client:", i, type(e).__name__, e)
    print("client: is_closing", writer.is_closing())
    try:
        await writer.wait_closed()
    except Exception as e:
        print("wait_closed:", type(e).__name__, e)
    server.close()
    await server.wait_closed()


asyncio.run(main())
