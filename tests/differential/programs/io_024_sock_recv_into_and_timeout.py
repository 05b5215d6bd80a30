import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    try:
        await asyncio.wait_for(loop.sock_recv(b, 10), timeout=0.01)
    except asyncio.TimeoutError:
        print("nothing to receive: timeout")
    a.send(b"abcdef")
    buf = bytearray(4)
    n = await loop.sock_recv_into(b, buf)
    print("recv_into", n, bytes(buf))
    print("rest", await loop.sock_recv(b, 10))
    a.close()
    b.close()


asyncio.run(main())
