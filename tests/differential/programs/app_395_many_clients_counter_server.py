"""Ten clients connect to a counting server at once; the server numbers them."""
import asyncio

connections = 0


async def handle(reader, writer):
    global connections
    connections += 1
    n = connections
    data = await reader.readline()
    writer.write(f"you are #{n}, you said {data.decode().strip()}\n".encode())
    await writer.drain()
    writer.close()


async def client(port, i):
    await asyncio.sleep(0.01 * (i % 3))
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"hi-{i}\n".encode())
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return reply.decode().strip()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        replies = await asyncio.gather(*(client(port, i) for i in range(10)))
    for r in sorted(replies, key=lambda r: r.split()[-1]):
        print(r.split(",")[1].strip())
    print("connections:", connections)


asyncio.run(main())
