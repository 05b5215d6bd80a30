"""The argument checks of create_connection, create_server, open_connection and start_server: host/port with
sock, and neither, with their messages."""
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    s = socket.socket()
    s.setblocking(False)
    attempts = {
        "create_connection host+sock": lambda: loop.create_connection(asyncio.Protocol, "127.0.0.1", 1, sock=s),
        "create_connection nothing": lambda: loop.create_connection(asyncio.Protocol),
        "create_server host+sock": lambda: loop.create_server(asyncio.Protocol, "127.0.0.1", 0, sock=s),
        "open_connection nothing": lambda: asyncio.open_connection(),
    }
    for name, make in attempts.items():
        try:
            await make()
            print(name, "ok?")
        except (ValueError, TypeError) as e:
            print(name, "->", type(e).__name__, e)
    s.close()


asyncio.run(main())
