import asyncio


async def handle(reader, writer):
    name = (await reader.readline()).strip().decode()
    print("server: hello", name)
    while line := await reader.readline():
        writer.write(f"{name}:{line.decode().strip()}\n".encode())
        await writer.drain()
    print("server: bye", name)
    writer.close()


async def client(name, port, delay):
    await asyncio.sleep(delay)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(name.encode() + b"\n")
    for i in range(2):
        writer.write(f"{i}\n".encode())
        print(name, "reply", (await reader.readline()).decode().strip())
        await asyncio.sleep(0.06)
    writer.write_eof()
    print(name, "end", await reader.read())
    writer.close()
    await writer.wait_closed()
    return name


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        print(await asyncio.gather(client("A", port, 0), client("B", port, 0.02), client("C", port, 0.04)))


asyncio.run(main())
