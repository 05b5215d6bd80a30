import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    loop.add_reader(b, lambda: print("user callback"))
    t = asyncio.create_task(loop.sock_recv(b, 10))
    await asyncio.sleep(0)
    a.send(b"data")
    print("sock_recv got", await t)
    print("user reader still there?", loop.remove_reader(b))
    t2 = asyncio.create_task(loop.sock_recv(b, 10))
    await asyncio.sleep(0)
    loop.add_reader(b, lambda: print("newer user callback") or loop.remove_reader(b))
    a.send(b"more")
    await asyncio.sleep(0.01)
    print("sock_recv done?", t2.done())
    t2.cancel()
    print("left in socket:", b.recv(10))
    a.close()
    b.close()


asyncio.run(main())
