"""StreamWriter edge cases on a live connection: can_write_eof, write after write_eof (RuntimeError),
writing empty bytes, is_closing before and after close, wait_closed twice, close twice, and what the
server read."""
import asyncio


async def handle(reader, writer):
    data = await reader.read()
    print("server read:", data)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("can_write_eof:", writer.can_write_eof())
    writer.write(b"")
    writer.writelines([b"a", b"", b"b"])
    writer.write_eof()
    print("is_closing after write_eof:", writer.is_closing())
    try:
        writer.write(b"late")
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        writer.write_eof()
        print("second write_eof: fine")
    except RuntimeError as e:
        print("second write_eof:", e)
    print("read:", await reader.read())
    writer.close()
    print("is_closing after close:", writer.is_closing())
    print("close again:", writer.close())
    await writer.wait_closed()
    await writer.wait_closed()
    print("waited twice")
    server.close()
    await server.wait_closed()


asyncio.run(main())
