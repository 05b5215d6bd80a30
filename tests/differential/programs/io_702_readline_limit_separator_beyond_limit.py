"""readline on a network stream with a small limit: a line whose newline lies beyond the limit is
dropped with ValueError, a line without newline longer than the limit drops the whole buffer,
and the reader carries on with what comes next."""
import asyncio


async def handle(reader, writer):
    writer.write(b"short\n" + b"x" * 12 + b"\nafter\n")
    await writer.drain()
    await asyncio.sleep(0.01)
    writer.write(b"y" * 20)
    await writer.drain()
    await asyncio.sleep(0.01)
    writer.write(b"\nlast")
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=8)
    for _ in range(7):
        try:
            line = await reader.readline()
        except ValueError as e:
            print("ValueError:", e)
            continue
        print("line:", line)
        if not line:
            break
    print("at_eof:", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
