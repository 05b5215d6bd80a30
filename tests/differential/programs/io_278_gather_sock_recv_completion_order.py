import asyncio
import socket


async def recv(loop, name, sock):
    data = await loop.sock_recv(sock, 100)
    print("received on", name, data)
    return data


async def main():
    loop = asyncio.get_running_loop()
    pairs = {name: socket.socketpair() for name in "abc"}
    for a, b in pairs.values():
        a.setblocking(False)
        b.setblocking(False)
    pairs["b"][0].send(b"already there")
    g = asyncio.gather(*(recv(loop, name, pair[1]) for name, pair in pairs.items()))
    await asyncio.sleep(0)
    print("after one iteration")
    pairs["c"][0].send(b"c first")
    await asyncio.sleep(0.01)
    pairs["a"][0].send(b"a last")
    print(await g)
    for a, b in pairs.values():
        a.close()
        b.close()


asyncio.run(main())
