# changes: server_writer_not_kept
# 3.13: a start_server handler that returns without closing its writer lets it go, and the freed
# writer closes the connection; up to 3.12 the protocol kept the writer, and the connection stayed open.
import asyncio


async def handle(reader, writer):
    writer.write(b"hello\n")
    print("server: handler returns without close()")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client:", await reader.readline())
    try:
        rest = await asyncio.wait_for(reader.read(), 0.1)
        print("client: the server closed the connection", rest)
    except TimeoutError:
        print("client: the connection is still open")
    writer.close()
    await writer.wait_closed()
    server.close()
    print("done")


asyncio.run(main())
