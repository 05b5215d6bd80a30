import asyncio


async def handle(reader, writer):
    n = 0
    async for line in reader:
        n += 1
        writer.write(f"{n}:{line.decode().strip()[::-1]}\n".encode())
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"abc\ndef\nghi\n")
    writer.write_eof()
    async for line in reader:
        print("reply", line)
    print("done")
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
