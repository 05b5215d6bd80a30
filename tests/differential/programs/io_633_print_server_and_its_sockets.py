"""print(server) after start_server, as tutorials do: the listening socket shows the descriptor asyncio
gives it (the loop's selector and self-pipe hold 3-5), and so does the client's."""
import asyncio


async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(repr(server).replace(str(port), "PORT"))
    print("listening socket fd:", server.sockets[0].fileno())
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        print("client socket fd:", writer.get_extra_info("socket").fileno())
        writer.write(b"hello")
        print(await reader.read(100))
        writer.close()
        await writer.wait_closed()

asyncio.run(main())
