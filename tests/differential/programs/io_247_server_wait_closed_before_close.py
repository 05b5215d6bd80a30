import asyncio


async def handle(reader, writer):
    await reader.read()
    print("server: client gone")
    writer.close()


async def waiter(server):
    print("waiter: waiting")
    await server.wait_closed()
    print("waiter: server closed")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    t = asyncio.create_task(waiter(server))
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.01)
    print("main: close server")
    server.close()
    await asyncio.sleep(0.01)
    print("main: waiter done?", t.done())
    writer.close()
    await writer.wait_closed()
    print("main: client closed")
    await t
    print("main: end")


asyncio.run(main())
