import asyncio


async def handle(reader, writer):
    writer.write(b"".join(b"%04d\n" % i for i in range(2000)))
    await writer.drain()
    writer.close()
    print("server: all written")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=16)
    await asyncio.sleep(0.02)
    print("transport reading:", writer.transport.is_reading())
    lines = 0
    total = 0
    while line := await reader.readline():
        lines += 1
        total += int(line)
    print("lines", lines, "sum", total, "at_eof", reader.at_eof())
    print(await reader.readexactly(0), await reader.read(5))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
