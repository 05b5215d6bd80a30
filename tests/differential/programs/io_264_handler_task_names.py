import asyncio


async def handle(reader, writer):
    me = asyncio.current_task()
    print("handler runs in", me.get_name(), "coro", me.get_coro().__qualname__)
    writer.write(b"x")
    writer.close()


async def client(port):
    print("client in", asyncio.current_task().get_name())
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await reader.read()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, ["127.0.0.1"], 0)
    port = server.sockets[0].getsockname()[1]
    await asyncio.gather(client(port), client(port))
    t = asyncio.create_task(asyncio.sleep(0))
    print("next task:", t.get_name())
    await t
    server.close()
    await server.wait_closed()


asyncio.run(main())
