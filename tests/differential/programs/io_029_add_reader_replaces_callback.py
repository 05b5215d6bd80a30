import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    got = loop.create_future()

    def old():
        print("old callback (replaced, should not run)")

    def new(tag):
        print("new callback", tag, b.recv(10))
        loop.remove_reader(b)
        got.set_result(None)

    loop.add_reader(b, old)
    loop.add_reader(b, new, "with-arg")
    a.send(b"x")
    await got
    print("remove_writer with no writer:", loop.remove_writer(b))
    a.close()
    b.close()


asyncio.run(main())
