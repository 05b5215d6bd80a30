import asyncio


async def handle(reader, writer):
    writer.write(b"12345")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("first 2:", await reader.readexactly(2))
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("partial:", e.partial, "expected:", e.expected)
        print("message:", e)
        print("is EOFError:", isinstance(e, EOFError))
    print("readexactly(0):", await reader.readexactly(0))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
