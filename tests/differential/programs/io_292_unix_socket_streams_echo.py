"""Streams over a Unix domain socket: start_unix_server on a path in a fresh temporary folder, two
clients in turn with open_unix_connection; the addresses each side sees (the server's path, the
client's unnamed ''), a line echoed back, EOF, and the socket file around the server's life (3.13
removes it when the server closes: printed as "removed" only where that differs is not asked here,
the program removes it itself after closing)."""
import asyncio
import os
import tempfile


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    print("server: client connected, peername", repr(peer))
    while line := await reader.readline():
        print("server: got", line)
        writer.write(line.upper())
        await writer.drain()
    print("server: client done")
    writer.close()
    await writer.wait_closed()


async def client(path, name, lines):
    reader, writer = await asyncio.open_unix_connection(path)
    print(f"{name}: connected to our server:", writer.get_extra_info("peername") == path,
          "sockname", repr(writer.get_extra_info("sockname")))
    for line in lines:
        writer.write(line.encode() + b"\n")
        print(f"{name}: reply", await reader.readline())
    writer.write_eof()
    print(f"{name}: after EOF", await reader.read())
    writer.close()
    await writer.wait_closed()


async def main():
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "echo.sock")
    server = await asyncio.start_unix_server(handle, path)
    print("socket file exists:", os.path.exists(path), "serving:", server.is_serving())
    print("server socket address is the path:", server.sockets[0].getsockname() == path)
    async with server:
        await client(path, "first", ["hello", "world"])
        await client(path, "second", ["again"])
    print("serving:", server.is_serving())
    await server.wait_closed()
    if os.path.exists(path):
        os.unlink(path)
    os.rmdir(folder)
    try:
        await asyncio.open_unix_connection(path)
    except FileNotFoundError as exc:
        print("after the server:", type(exc).__name__, exc.errno)


asyncio.run(main())
