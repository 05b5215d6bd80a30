import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    await loop.sock_sendall(a, b"ping")
    print("b received", await loop.sock_recv(b, 100))
    await loop.sock_sendall(b, b"pong")
    print("a received", await loop.sock_recv(a, 100))

    async def late_send():
        await asyncio.sleep(0.01)
        print("sending late")
        await loop.sock_sendall(a, b"late data")

    t = asyncio.create_task(late_send())
    print("waiting for data")
    print("b received", await loop.sock_recv(b, 100))
    await t
    a.close()
    print("after close b receives", await loop.sock_recv(b, 100))
    b.close()


asyncio.run(main())
