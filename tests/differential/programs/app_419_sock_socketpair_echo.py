"""Low-level loop.sock_* calls over a socketpair: a ping-pong between two tasks."""
import asyncio
import socket


async def pinger(loop, sock, n):
    for i in range(n):
        await loop.sock_sendall(sock, f"ping {i}".encode())
        reply = await loop.sock_recv(sock, 100)
        print("pinger got", reply.decode())
    sock.close()


async def ponger(loop, sock):
    while data := await loop.sock_recv(sock, 100):
        await asyncio.sleep(0.01)
        await loop.sock_sendall(sock, data.replace(b"ping", b"pong"))
    print("ponger: peer closed")
    sock.close()


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    await asyncio.gather(pinger(loop, a, 3), ponger(loop, b))


asyncio.run(main())
