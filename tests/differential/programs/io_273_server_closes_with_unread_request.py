import asyncio


async def handle(reader, writer):
    await asyncio.sleep(0.01)
    print("server: closing without reading the request")
    writer.write(b"go away\n")
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"a request the server never reads\n")
    await asyncio.sleep(0.03)
    try:
        print("client:", await reader.readline())
        print("client:", await reader.read())
    except ConnectionResetError as e:
        print("client: ConnectionResetError:", e)
    print("client: exception()", repr(reader.exception()))
    writer.close()
    try:
        await writer.wait_closed()
        print("client: closed cleanly")
    except ConnectionResetError as e:
        print("client: wait_closed raised", e)
    server.close()
    await server.wait_closed()


asyncio.run(main())
