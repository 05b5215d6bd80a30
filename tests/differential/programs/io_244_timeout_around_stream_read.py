import asyncio


async def handle(reader, writer):
    for i in range(3):
        await asyncio.sleep(0.03)
        writer.write(f"msg{i}\n".encode())
    await reader.read()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for attempt in range(5):
        try:
            async with asyncio.timeout(0.02) as cm:
                line = await reader.readline()
            print(attempt, "got", line)
        except TimeoutError:
            print(attempt, "timeout, expired:", cm.expired())
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
