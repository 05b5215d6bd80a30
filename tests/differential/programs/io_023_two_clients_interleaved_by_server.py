import asyncio


async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(b"ack " + line)
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r1, w1 = await asyncio.open_connection("127.0.0.1", port)
    r2, w2 = await asyncio.open_connection("127.0.0.1", port)
    for i in range(3):
        w1.write(b"c1-%d\n" % i)
        print(await r1.readline())
        w2.write(b"c2-%d\n" % i)
        print(await r2.readline())
    for w in (w1, w2):
        w.close()
        await w.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
