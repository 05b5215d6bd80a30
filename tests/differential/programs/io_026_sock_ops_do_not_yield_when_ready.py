import asyncio
import socket

ticks = 0


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    before = ticks
    await loop.sock_sendall(a, b"hello")
    print("sock_sendall with buffer space yields:", ticks - before)
    before = ticks
    data = await loop.sock_recv(b, 100)
    print("sock_recv with data waiting yields:", ticks - before, data)
    t.cancel()
    a.close()
    b.close()


asyncio.run(main())
