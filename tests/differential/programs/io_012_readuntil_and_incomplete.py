import asyncio


async def handle(reader, writer):
    writer.write(b"first;second;tail-without-separator")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readuntil(b";"))
    print(await reader.readuntil(b";"))
    try:
        await reader.readuntil(b";")
    except asyncio.IncompleteReadError as e:
        print("incomplete:", e.partial, e.expected)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
