"""A client sends a request and half-closes (write_eof); the server reads to EOF, answers, and closes."""
import asyncio


async def handle(reader, writer):
    body = await reader.read()
    print("server read until EOF:", body, "at_eof:", reader.at_eof())
    lines = body.decode().splitlines()
    writer.write(f"{len(lines)} lines, {sum(map(len, lines))} chars\n".encode())
    await writer.drain()
    print("server can_write_eof:", writer.can_write_eof())
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.writelines([b"alpha\n", b"beta\n", b"gamma"])
        writer.write_eof()
        print("client is_closing after write_eof:", writer.is_closing())
        async for line in reader:
            print("client got", line)
        print("client at_eof:", reader.at_eof())
        writer.close()
        await writer.wait_closed()
        print("client closed:", writer.is_closing())


asyncio.run(main())
