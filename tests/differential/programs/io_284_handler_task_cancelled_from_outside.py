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
    try:  # 3.11 returns at once; from 3.12, wait_closed waits for the server's open connection too
        await asyncio.wait_for(server.wait_closed(), 0.1)
    except asyncio.TimeoutError:
        print("wait_closed waits for the open connection")


asyncio.run(main())
