import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    done = loop.create_future()

    def on_read():
        print("reader callback got", b.recv(10))
        loop.remove_reader(b)
        done.set_result(None)

    a.send(b"data")
    loop.call_later(0, print, "timer callback (delay 0)")
    loop.add_reader(b, on_read)
    loop.call_soon(print, "call_soon callback")
    print("main yields")
    await asyncio.sleep(0)
    print("main resumed")
    await done
    a.close()
    b.close()


asyncio.run(main())
