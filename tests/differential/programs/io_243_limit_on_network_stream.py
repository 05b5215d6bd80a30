import asyncio


async def handle(reader, writer):
    writer.write(b"short\n" + b"L" * 20 + b"\nafter\n" + b"M" * 30)
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=10)
    print(await reader.readline())
    await asyncio.sleep(0.01)
    try:
        await reader.readline()
    except ValueError as e:
        print("ValueError:", e)
    print(await reader.readline())
    try:
        await reader.readuntil(b"!")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    try:
        await reader.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", len(e.partial))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
