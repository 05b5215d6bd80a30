import asyncio

ready = None


async def handle(reader, writer):
    ready.set_result(None)
    await asyncio.sleep(0.02)
    data = await reader.read()
    print("server: received", len(data), "bytes, ends with", data[-12:])
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
    writer.close()
    writer.write(b"+extra bytes")
    print("client: closing", writer.is_closing())
    await writer.wait_closed()
    print("client: closed, buffer", writer.transport.get_write_buffer_size())
    await asyncio.sleep(0.03)
    server.close()
    await server.wait_closed()


asyncio.run(main())
