# changes: transport_keeps_written_objects
# A read-only view of a bytearray, written and then the bytearray changed: 3.11 buffered a copy of what it could
# not send at once, 3.12 keeps the view, so the changed bytes are sent.
import asyncio


async def handle(reader, writer):
    data = await reader.read()
    print("server got", len(data), "bytes; y:", b"y" in data)
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    buf = bytearray(b"x" * 16_000_000)
    writer.write(memoryview(buf).toreadonly())
    buf[:] = b"y" * len(buf)
    await writer.drain()
    writer.write_eof()
    await asyncio.sleep(0.5)
    writer.close()
    server.close()
    await server.wait_closed()


asyncio.run(main())
