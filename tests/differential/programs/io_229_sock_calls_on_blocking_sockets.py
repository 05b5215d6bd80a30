import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    client = socket.socket()
    print("client blocking:", client.getblocking())
    await loop.sock_connect(client, listener.getsockname())
    print("blocking sock_connect returned")
    conn, _ = await loop.sock_accept(listener)
    print("accepted socket blocking:", conn.getblocking())
    await loop.sock_sendall(client, b"ping")
    print("blocking sock_sendall returned")
    print("recv:", await loop.sock_recv(conn, 10))
    conn.setblocking(True)
    client.sendall(b"pong")
    print("blocking sock_recv with data:", await loop.sock_recv(conn, 10))
    buf = bytearray(3)
    client.sendall(b"xyz")
    print("blocking sock_recv_into:", await loop.sock_recv_into(conn, buf), buf)
    for s in (client, conn, listener):
        s.close()


asyncio.run(main())
