import asyncio


async def handle(reader, writer):
    print("server read:", await reader.read())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"before close")
    print("is_closing:", writer.is_closing())
    writer.close()
    print("is_closing:", writer.is_closing())
    writer.write(b"after close")
    print("write after close: no error")
    try:
        await writer.drain()
        print("drain ok")
    except ConnectionResetError as e:
        print("drain:", type(e).__name__, e)
    await writer.wait_closed()
    print("wait_closed again:", await writer.wait_closed())
    try:
        writer.write_eof()
        print("write_eof after close: no error")
    except Exception as e:
        print("write_eof:", type(e).__name__, e)
    await asyncio.sleep(0.02)
    server.close()
    await server.wait_closed()


asyncio.run(main())
