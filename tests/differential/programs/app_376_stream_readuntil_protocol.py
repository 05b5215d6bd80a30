"""A server speaking a delimiter-based protocol; readuntil and IncompleteReadError at EOF."""
import asyncio


async def handle(reader, writer):
    n = 0
    while True:
        try:
            frame = await reader.readuntil(b"|")
        except asyncio.IncompleteReadError as exc:
            print(f"server: EOF with leftover {exc.partial!r}")
            break
        n += 1
        cmd = frame[:-1].decode()
        print(f"server: frame {n}: {cmd!r}")
        writer.write(f"ack:{cmd}|".encode())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"LOGIN bob|PING|")
    await asyncio.sleep(0.01)
    writer.write(b"QU")
    await asyncio.sleep(0.01)
    writer.write(b"IT|trailing")
    writer.write_eof()
    acks = await reader.read()
    print("client got:", acks.decode().split("|"))
    writer.close()
    server.close()
    await server.wait_closed()


asyncio.run(main())
