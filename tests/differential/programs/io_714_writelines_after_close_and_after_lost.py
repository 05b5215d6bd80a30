"""StreamWriter.writelines on a closing connection and on one whose connection_lost has run: write() drops the
data quietly in both cases; writelines() does too up to 3.11 (it joins and writes), while 3.12 queues the items
itself and then calls the write callback that close() dropped (TypeError), or, after an abort, registers it
with the loop that connection_lost let go of (AttributeError); the items stay counted in the buffer."""
import asyncio


async def handle(reader, writer):
    print("server read:", await reader.read())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"sent")
    writer.close()
    writer.write(b" write-after-close")
    try:
        writer.writelines([b" lines-after-close"])
        print("writelines after close: no error")
    except Exception as e:
        print("writelines after close:", type(e).__name__, e)
    await writer.wait_closed()
    writer.write(b" write-after-lost")
    try:
        writer.writelines([b" lines-after-lost"])
        print("writelines after lost: no error")
    except Exception as e:
        print("writelines after lost:", type(e).__name__, e)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.transport.abort()
    await asyncio.sleep(0.01)
    try:
        writer.writelines([b" lines-after-abort"])
        print("writelines after abort: no error")
    except Exception as e:
        print("writelines after abort:", type(e).__name__, e)
    print("buffered:", writer.transport.get_write_buffer_size())
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
