# changes: transport_keeps_written_objects
# 3.12: what write() cannot send at once stays the caller's bytearray (a view of it): changing it changes what is
# sent, and one partly sent cannot be resized; 3.11 buffered a copy.
import asyncio


async def handle(reader, writer):
    data = await reader.read()
    print("server got", len(data), "bytes; x:", b"x" in data, "y:", b"y" in data, "z:", data.count(b"z"))
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    chunk = bytearray(b"x" * 16_000_000)
    writer.write(chunk)  # more than the kernel takes at once
    print("some is buffered:", writer.transport.get_write_buffer_size() > 0)
    try:
        chunk.clear()
        print("cleared the chunk")
    except BufferError as error:
        print("BufferError:", error)
        chunk[:] = b"y" * len(chunk)
    second = bytearray(b"z" * 1000)
    writer.write(second)  # queued behind the first
    second[:] = b"y" * 1000
    await writer.drain()
    writer.write_eof()
    await asyncio.sleep(0.5)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
