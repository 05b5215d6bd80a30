import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    pairs = [socket.socketpair() for _ in range(3)]
    for i, (a, b) in enumerate(pairs):
        b.send(b"x")

    def on_read(i, sock):
        print("readable", i, sock.recv(10))
        loop.remove_reader(sock)

    loop.call_soon(print, "call_soon before")
    loop.call_later(0, print, "call_later(0)")
    for i in (2, 0, 1):
        loop.add_reader(pairs[i][0], on_read, i, pairs[i][0])
    loop.call_soon(print, "call_soon after")
    print("main yields")
    await asyncio.sleep(0)
    print("main resumed")
    await asyncio.sleep(0)
    print("main resumed again")
    for a, b in pairs:
        a.close()
        b.close()


asyncio.run(main())
