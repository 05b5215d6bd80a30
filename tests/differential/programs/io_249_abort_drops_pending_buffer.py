import asyncio

ready = None


async def handle(reader, writer):
    ready.set_result(None)
    await asyncio.sleep(0.02)
    total = 0
    try:
        while chunk := await reader.read(1 << 20):
            total += len(chunk)
        print("server: clean eof")
    except ConnectionResetError as e:
        print("server: reset:", e)
    print("server: got everything?", total == 4 * 1024 * 1024)
    writer.close()


async def main():
    global ready
    ready = asyncio.get_running_loop().create_future()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await ready
    writer.write(b"a" * (4 * 1024 * 1024))
    print("client: buffered?", writer.transport.get_write_buffer_size() > 0)
    writer.transport.abort()
    print("client: buffer after abort", writer.transport.get_write_buffer_size())
    await writer.wait_closed()
    print("client: closed")
    await asyncio.sleep(0.04)
    server.close()
    await server.wait_closed()


asyncio.run(main())
