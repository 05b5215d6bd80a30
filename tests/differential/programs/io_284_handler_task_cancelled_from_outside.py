import asyncio


async def handle(reader, writer):
    try:
        await reader.read()
    except asyncio.CancelledError:
        print("handler: cancelled")
        writer.write(b"cancelled\n")
        raise


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.01)
    me = asyncio.current_task()
    handlers = [t for t in asyncio.all_tasks() if t is not me]
    print("other tasks:", len(handlers), handlers[0].get_coro().__qualname__)
    handlers[0].cancel()
    print("client:", await reader.readline())
    try:
        await asyncio.wait_for(reader.read(), 0.02)
    except asyncio.TimeoutError:
        print("client: connection left open after the handler was cancelled")
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
