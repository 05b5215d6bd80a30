import asyncio


async def handle(reader, writer):
    print("server: handling", (await reader.readline()).strip())
    writer.write(b"ok\n")
    writer.close()


async def client(port, name):
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        print(name, "refused")
        return
    print(name, "connected")
    writer.write(name.encode() + b"\n")
    print(name, "reply", await reader.readline())
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    await client(port, "early")
    await server.start_serving()
    print("serving:", server.is_serving())
    await server.start_serving()
    await asyncio.gather(client(port, "c1"), client(port, "c2"))
    server.close()
    await server.wait_closed()


asyncio.run(main())
