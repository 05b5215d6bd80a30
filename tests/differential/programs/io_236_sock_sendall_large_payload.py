import asyncio
import socket

SIZE = 3 * 1024 * 1024


async def receiver(loop, sock):
    total = 0
    buf = bytearray(65536)
    while True:
        n = await loop.sock_recv_into(sock, buf)
        if n == 0:
            break
        total += n
    print("receiver: total", total)
    return total


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    task = asyncio.create_task(receiver(loop, b))
    payload = bytes(range(256)) * (SIZE // 256)
    print("sender: sendall returns", await loop.sock_sendall(a, payload))
    print("sender: receiver done yet?", task.done())
    a.shutdown(socket.SHUT_WR)
    print("main:", await task == SIZE)
    print("empty sendall:", await loop.sock_sendall(a, b""))
    a.close()
    b.close()


asyncio.run(main())
