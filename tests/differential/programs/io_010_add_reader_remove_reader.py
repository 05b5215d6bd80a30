import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    got = loop.create_future()
    chunks = []

    def on_readable():
        data = b.recv(100)
        print("readable:", data)
        chunks.append(data)
        if len(chunks) == 2:
            print("remove_reader:", loop.remove_reader(b))
            got.set_result(b"".join(chunks))

    loop.add_reader(b, on_readable)
    print("reader added")
    a.send(b"one")
    await asyncio.sleep(0.01)
    a.send(b"two")
    print("joined:", await got)
    print("remove again:", loop.remove_reader(b))
    a.close()
    b.close()


asyncio.run(main())
