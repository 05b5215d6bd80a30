import asyncio


async def handle(reader, writer):
    writer.write(b"hi\n")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    print("serving before serve_forever:", server.is_serving())
    async with server:
        t = asyncio.create_task(server.serve_forever())
        await asyncio.sleep(0)
        print("serving:", server.is_serving())
        r, w = await asyncio.open_connection("127.0.0.1", port)
        print("client read", await r.readline())
        w.close()
        await w.wait_closed()
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            print("serve_forever cancelled")
    print("serving after async with:", server.is_serving())


asyncio.run(main())
