"""A client stacked by hand, as the docs show streams are made: loop.create_connection with a
StreamReaderProtocol over the program's StreamReader, then a StreamWriter built from the parts; its repr
parts, drain, and reading the reply until EOF."""
import asyncio


async def handle(reader, writer):
    line = await reader.readline()
    writer.write(b"re: " + line)
    await writer.drain()
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader = asyncio.StreamReader(limit=100)
    protocol = asyncio.StreamReaderProtocol(reader)
    transport, got = await loop.create_connection(lambda: protocol, "127.0.0.1", port)
    print("same protocol:", got is protocol)
    writer = asyncio.StreamWriter(transport, protocol, reader, loop)
    print("writer transport:", writer.transport is transport)
    print(repr(reader))
    writer.write(b"hello\n")
    await writer.drain()
    print(await reader.read())
    print(repr(reader))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
