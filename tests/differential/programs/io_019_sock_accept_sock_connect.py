import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen()
    lsock.setblocking(False)
    port = lsock.getsockname()[1]

    async def serve():
        conn, addr = await loop.sock_accept(lsock)
        conn.setblocking(False)
        print("accepted from", addr[0])
        data = await loop.sock_recv(conn, 100)
        await loop.sock_sendall(conn, data * 2)
        conn.close()

    st = asyncio.create_task(serve())
    csock = socket.socket()
    csock.setblocking(False)
    await loop.sock_connect(csock, ("127.0.0.1", port))
    await loop.sock_sendall(csock, b"ab")
    reply = b""
    while chunk := await loop.sock_recv(csock, 100):
        reply += chunk
    print("client got", reply)
    await st
    csock.close()
    lsock.close()


asyncio.run(main())
