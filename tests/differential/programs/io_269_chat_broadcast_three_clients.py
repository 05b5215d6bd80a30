import asyncio

clients = []


async def handle(reader, writer):
    clients.append(writer)
    name = (await reader.readline()).decode().strip()
    print("server: join", name)
    while line := await reader.readline():
        text = f"{name}: {line.decode().strip()}\n".encode()
        for other in clients:
            if other is not writer:
                other.write(text)
    print("server: leave", name)
    clients.remove(writer)
    writer.close()


async def member(port, name, says, delay):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    await asyncio.sleep(delay)
    for text in says:
        writer.write(f"{text}\n".encode())
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.05)
    writer.write_eof()
    heard = (await reader.read()).decode().splitlines()
    print(name, "heard", heard)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    await asyncio.gather(
        member(port, "ann", ["hi", "bye"], 0.01),
        member(port, "bob", ["yo"], 0.02),
        member(port, "cid", [], 0.0),
    )
    server.close()
    await server.wait_closed()


asyncio.run(main())
