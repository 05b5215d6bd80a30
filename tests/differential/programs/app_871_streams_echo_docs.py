"""The docs' TCP echo server and client, on 127.0.0.1 with a port the kernel picks, three clients in turn."""
import asyncio


async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr_ok = writer.get_extra_info("peername")[0] == "127.0.0.1"
    print(f"server received {message!r} (from localhost: {addr_ok})")
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(message, port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(f"client sends {message!r}")
    writer.write(message.encode())
    await writer.drain()
    data = await reader.read(100)
    print(f"client received {data.decode()!r}")
    print("then EOF:", await reader.read(100))
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        for msg in ("hello", "world", "bye"):
            await client(msg, port)
    print("server serving after close:", server.is_serving())


asyncio.run(main())
