"""A peer that closes with our request unread (its transport paused reading) resets the connection: the
client's read raises ConnectionResetError, and so do later reads, drain() and wait_closed(); exception() holds
the error, the transport is closing, and async for over the reader raises too."""
import asyncio


async def rude(reader, writer):
    writer.transport.pause_reading()  # the request stays in the kernel, unread
    await asyncio.sleep(0.05)
    writer.close()


async def main():
    server = await asyncio.start_server(rude, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"request nobody reads\n")
    await writer.drain()
    for what, call in (("read", reader.read), ("read again", reader.read), ("drain", writer.drain),
                       ("readline", reader.readline), ("wait_closed", writer.wait_closed)):
        try:
            print(what, "->", await call())
        except ConnectionResetError as e:
            print(what, "raises", type(e).__name__, e.args)
    print("exception():", type(reader.exception()).__name__, "closing:", writer.is_closing())
    try:
        async for line in reader:
            print(line)
    except ConnectionResetError:
        print("async for raises")
    writer.close()
    server.close()
    await server.wait_closed()


asyncio.run(main())
