"""Streams under asyncio.run(debug=True) with logging to stdout at its default WARNING level: asyncio's
debug log of I/O (INFO and DEBUG) stays hidden, so the program prints only its own lines; debug mode's
checks still apply (a blocking socket handed to sock_recv is refused)."""
import asyncio
import logging
import socket
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(name)s: %(message)s")


async def echo(reader, writer):
    writer.write((await reader.readline()).upper())
    await writer.drain()
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
    writer.write(b"quiet please\n")
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    a, b = socket.socketpair()
    try:
        await loop.sock_recv(a, 10)
    except ValueError as e:
        print("ValueError:", e)
    a.close()
    b.close()


asyncio.run(main(), debug=True)
