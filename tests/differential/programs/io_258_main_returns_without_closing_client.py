import asyncio


async def handle(reader, writer):
    try:
        data = await reader.read()
        print("server: read to EOF:", data)
        await asyncio.sleep(0)
        print("server: after EOF")
    except asyncio.CancelledError:
        print("server: cancelled")
        raise
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"unfinished business")
    await asyncio.sleep(0.01)
    print("main: returning, writer still open")


asyncio.run(main())
print("after run")
