import asyncio

started = None


async def handle(reader, writer):
    started.set_result(writer)
    await asyncio.sleep(0.03)
    total = 0
    while chunk := await reader.read(1 << 20):
        total += len(chunk)
    print("server: total", total)
    writer.close()


async def drainer(name, writer):
    print(name, "drain start")
    await writer.drain()
    print(name, "drain done")


async def main():
    global started
    started = asyncio.get_running_loop().create_future()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await started
    writer.write(b"x" * (8 * 1024 * 1024))
    print("buffered > high water:", writer.transport.get_write_buffer_size() > 65536)
    await asyncio.gather(drainer("A", writer), drainer("B", writer))
    writer.write_eof()
    print("client: eof", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
