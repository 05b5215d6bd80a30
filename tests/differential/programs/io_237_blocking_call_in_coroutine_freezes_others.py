import asyncio
import socket


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)


async def blocking_reader(sock):
    print("blocking reader: start")
    data = sock.recv(3)
    print("blocking reader: got", data)
    data = sock.recv(3)
    print("blocking reader: got", data)
    await asyncio.sleep(0)
    print("blocking reader: done")


async def main():
    a, b = socket.socketpair()
    a.sendall(b"onetwo")
    t1 = asyncio.create_task(ticker())
    t2 = asyncio.create_task(blocking_reader(b))
    await asyncio.sleep(0)
    print("main: resumed")
    await asyncio.gather(t1, t2)
    a.close()
    b.close()


asyncio.run(main())
