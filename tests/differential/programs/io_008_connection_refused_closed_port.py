import asyncio
import errno
import socket


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


async def main():
    port = free_port()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("ConnectionRefusedError, errno is ECONNREFUSED:", e.errno == errno.ECONNREFUSED)
    except OSError as e:
        print("other OSError", type(e).__name__)
    print("still running")


asyncio.run(main())
