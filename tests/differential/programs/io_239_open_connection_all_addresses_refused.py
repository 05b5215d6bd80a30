import asyncio
import socket


async def main():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    for host in ("127.0.0.1", "localhost"):
        try:
            await asyncio.open_connection(host, port)
        except OSError as e:
            print(host, type(e).__name__, e.errno, str(e).replace(str(port), "PORT"))


asyncio.run(main())
