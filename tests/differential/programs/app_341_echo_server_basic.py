"""The classic echo server + client from the asyncio streams tutorial."""
import asyncio


async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    print(f"Received {message!r}")
    print(f"Send: {message!r}")
    writer.write(data)
    await writer.drain()
    print("Close the connection")
    writer.close()
    await writer.wait_closed()


async def tcp_echo_client(port, message):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(f"Send: {message!r}")
    writer.write(message.encode())
    await writer.drain()
    data = await reader.read(100)
    print(f"Received: {data.decode()!r}")
    print("Close the client socket")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("Serving on 127.0.0.1")
    async with server:
        await tcp_echo_client(port, "Hello World!")
        await tcp_echo_client(port, "Second message")
    print("server closed:", not server.is_serving())


asyncio.run(main())
