import asyncio


async def handle(reader, writer):
    print("server: waiting for data that never comes")
    try:
        await reader.read()
    except asyncio.CancelledError:
        print("server: handler cancelled")
        raise


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.01)
    server.close()
    try:  # 3.11 returns at once; from 3.12, wait_closed waits for the server's open connection too
        await asyncio.wait_for(server.wait_closed(), 0.1)
    except asyncio.TimeoutError:
        print("wait_closed waits for the open connection")
    print("main: server closed, returning with handler pending;", len(asyncio.all_tasks()), "tasks")


asyncio.run(main())
print("after run")
