import asyncio


async def handle(reader, writer):
    chunks = []
    while not reader.at_eof():
        chunk = await reader.read(4)
        print("server chunk", chunk, reader.at_eof())
        chunks.append(chunk)
    writer.write(b"|".join(chunks))
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"abcdefghij")
    await asyncio.sleep(0.01)
    writer.write_eof()
    print("client:", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
