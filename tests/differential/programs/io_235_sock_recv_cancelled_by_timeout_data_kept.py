import asyncio
import socket


async def late_sender(sock):
    await asyncio.sleep(0.03)
    print("sender: sending")
    sock.send(b"late data")


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    asyncio.create_task(late_sender(a))
    try:
        await asyncio.wait_for(loop.sock_recv(b, 100), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out waiting")
    try:
        async with asyncio.timeout(0.01):
            await loop.sock_recv(b, 100)
    except TimeoutError:
        print("timed out again")
    print("received:", await loop.sock_recv(b, 100))
    t = asyncio.create_task(loop.sock_recv(b, 100))
    await asyncio.sleep(0)
    t.cancel()
    a.send(b"after cancel")
    await asyncio.sleep(0.01)
    print("cancelled task:", t.cancelled())
    print("still there:", await loop.sock_recv(b, 100))
    a.close()
    b.close()


asyncio.run(main())
