import asyncio


async def handle(reader, writer):
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(type(reader))
    print(type(writer))
    print(type(server))
    print(type(server.sockets[0]))
    print(type(writer.get_extra_info("socket")))
    print(type(writer.transport).__name__)
    print(isinstance(reader, asyncio.StreamReader), isinstance(writer, asyncio.StreamWriter))
    print(asyncio.StreamReader.__module__, asyncio.StreamWriter.__qualname__)
    print(type(asyncio.streams.StreamReader()).__name__, asyncio.streams.StreamWriter.__module__)
    print(server.get_loop() is asyncio.get_running_loop())
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
