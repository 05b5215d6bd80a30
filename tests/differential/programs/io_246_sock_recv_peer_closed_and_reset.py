import asyncio
import socket
import struct


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    a.send(b"bye")
    a.close()
    print(await loop.sock_recv(b, 10))
    print(await loop.sock_recv(b, 10))
    b.close()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    c = socket.socket()
    c.setblocking(False)
    await loop.sock_connect(c, listener.getsockname())
    conn, _ = await loop.sock_accept(listener)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()
    try:
        await loop.sock_recv(c, 10)
    except ConnectionResetError as e:
        print("ConnectionResetError:", e)
    try:
        await loop.sock_sendall(c, b"x")
    except (BrokenPipeError, ConnectionResetError) as e:
        print(type(e).__name__ + ":", e)
    c.close()
    listener.close()


asyncio.run(main())
