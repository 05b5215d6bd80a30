import asyncio

ticks = 0


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def handle(reader, writer):
    data = await reader.read()
    writer.write(data)
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    before = ticks
    writer.write(b"small payload")
    await writer.drain()
    print("drain with nothing buffered yields:", ticks - before)
    writer.write_eof()
    t.cancel()
    print("echo:", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
