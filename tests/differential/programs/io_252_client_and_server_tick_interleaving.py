import asyncio


async def handle(reader, writer):
    print("S: handler start")
    data = await reader.readexactly(4)
    print("S: got", data)
    writer.write(data[::-1])
    print("S: replied")
    await reader.read()
    print("S: eof")
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("C: connected")
    writer.write(b"ab")
    for i in range(3):
        print("C: tick", i)
        await asyncio.sleep(0)
    writer.write(b"cd")
    for i in range(3, 7):
        print("C: tick", i)
        await asyncio.sleep(0)
    print("C: reply", await reader.readexactly(4))
    writer.write_eof()
    for i in range(7, 10):
        print("C: tick", i)
        await asyncio.sleep(0)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
