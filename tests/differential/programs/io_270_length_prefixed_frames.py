import asyncio
import struct


async def send_frame(writer, payload):
    writer.write(struct.pack("!H", len(payload)) + payload)
    await writer.drain()


async def read_frame(reader):
    header = await reader.readexactly(2)
    (size,) = struct.unpack("!H", header)
    return await reader.readexactly(size)


async def handle(reader, writer):
    try:
        while True:
            frame = await read_frame(reader)
            print("server frame", frame)
            await send_frame(writer, frame[::-1])
    except asyncio.IncompleteReadError as e:
        print("server: stream ended, partial", e.partial, "expected", e.expected)
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for payload in (b"abc", b"", b"x" * 5):
        await send_frame(writer, payload)
        print("client reply", await read_frame(reader))
    writer.write(b"\x00\x09half")
    writer.write_eof()
    print("client eof:", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
