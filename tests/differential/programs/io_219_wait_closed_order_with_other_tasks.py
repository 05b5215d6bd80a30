import asyncio


async def handle(reader, writer):
    await reader.read()
    writer.close()


async def counter():
    for i in range(6):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    t = asyncio.create_task(counter())
    await asyncio.sleep(0)
    print("close")
    writer.close()
    print("wait_closed")
    await writer.wait_closed()
    print("closed")
    await t
    server.close()
    await server.wait_closed()


asyncio.run(main())
