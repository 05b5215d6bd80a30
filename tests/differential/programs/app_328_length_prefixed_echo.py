"""An echo server speaking length-prefixed messages (4-byte big-endian length + payload)."""
import asyncio
import struct


async def read_message(reader):
    header = await reader.readexactly(4)
    (length,) = struct.unpack(">I", header)
    return await reader.readexactly(length)


def frame(payload):
    return struct.pack(">I", len(payload)) + payload


async def handle(reader, writer):
    count = 0
    try:
        while True:
            msg = await read_message(reader)
            count += 1
            writer.write(frame(msg.upper()))
            await writer.drain()
    except asyncio.IncompleteReadError as exc:
        print(f"server: client closed after {count} messages (partial={exc.partial!r})")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for text in [b"hello", b"", b"length-prefixed framing", b"x" * 3000]:
        writer.write(frame(text))
        reply = await read_message(reader)
        print(f"sent {len(text)} bytes, got {reply[:25]!r} ({len(reply)} bytes)")
    writer.write(b"\x00\x00")   # a truncated header
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.01)
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
