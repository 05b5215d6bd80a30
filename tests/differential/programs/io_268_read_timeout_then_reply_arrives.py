import asyncio


async def handle(reader, writer):
    await reader.readline()
    await asyncio.sleep(0.05)
    writer.write(b"slow reply\n")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hurry\n")
    try:
        print(await asyncio.wait_for(reader.readline(), 0.02))
    except asyncio.TimeoutError:
        print("gave up after 0.02")
    print("but the reply is not lost:", await reader.readline())
    print("then EOF:", await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
