# changes: server_writer_not_kept
# 3.13: a start_server handler that lets go of its writer while it still runs (del, a plain callback that
# keeps nothing) frees it there and then, and the freed writer closes the connection: the client reads EOF
# while the handler is still waiting.  Up to 3.12 the protocol keeps the writer until the connection is
# lost: the connection stays open.
import asyncio


async def handle(reader, writer):
    writer.write(b"hello\n")
    del writer
    print("server: writer let go, handler waits")
    await asyncio.sleep(0.2)
    print("server: handler ends")


def plain_callback(reader, writer):
    writer.write(b"from a plain callback\n")


async def read_for(reader, seconds):
    try:
        return await asyncio.wait_for(reader.read(), seconds)
    except TimeoutError:
        return "still open"


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client:", await reader.readline())
    print("client:", await read_for(reader, 0.1))
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.2)
    server.close()  # (not wait_closed(): from 3.12.1 it waits for the connections, which stay open up to 3.12)

    server = await asyncio.start_server(plain_callback, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client:", await read_for(reader, 0.1))
    writer.close()
    await writer.wait_closed()
    server.close()


asyncio.run(main())
