import asyncio

results = []


async def handle(reader, writer):
    line = await reader.readline()
    writer.write(b"ack " + line)
    rest = await reader.read()
    results.append((line.strip().decode(), rest))
    print("server:", line.strip().decode(), "closed by peer, rest", rest)
    writer.close()


async def one_request(port, i):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"req{i}\n".encode())
    reply = await reader.readline()
    print("client", i, reply)
    if i == 1:
        writer.close()
        await writer.wait_closed()
        print("client", i, "closed politely")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    for i in range(3):
        await one_request(port, i)
    await asyncio.sleep(0.02)
    print(sorted(results))
    server.close()
    await server.wait_closed()


asyncio.run(main())
