import asyncio

served = []


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    served.append(name)
    writer.write(f"hello {name}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(name.encode() + b"\n")
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return reply.decode().strip()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    replies = await asyncio.gather(*(client(port, f"c{i}") for i in range(5)))
    print(replies)
    print(sorted(served))
    server.close()
    await server.wait_closed()


asyncio.run(main())
