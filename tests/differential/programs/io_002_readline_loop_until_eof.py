import asyncio


async def handle(reader, writer):
    lines = []
    while True:
        line = await reader.readline()
        if not line:
            break
        lines.append(line.decode().strip())
    print("server read", lines)
    writer.write(f"{len(lines)} lines\n".encode())
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for word in ("alpha", "beta", "gamma"):
        writer.write(word.encode() + b"\n")
    writer.write(b"no newline at end")
    await writer.drain()
    print("can_write_eof:", writer.can_write_eof())
    writer.write_eof()
    print("client got", await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
