import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    data = await reader.read(100)
    print("server: from", peer[0], "got", data)
    writer.write(data[::-1])
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    print("serving on", host, "is_serving:", server.is_serving())
    for msg in (b"abc", b"hello", b"xyz!"):
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(msg)
        reply = await reader.read()
        print("client: reply", reply)
        print("is_closing before close:", writer.is_closing())
        writer.close()
        print("is_closing after close:", writer.is_closing())
        await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("is_serving after close:", server.is_serving())


asyncio.run(main())
