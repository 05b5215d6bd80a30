import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    done = loop.create_future()
    count = 0

    def on_writable():
        nonlocal count
        count += 1
        a.send(b"x%d" % count)
        if count == 3:
            print("remove_writer:", loop.remove_writer(a))
            done.set_result(None)

    loop.add_writer(a, on_writable)
    loop.call_soon(print, "call_soon runs before the first writable callback?")
    await done
    await asyncio.sleep(0.01)
    print("received", b.recv(100))
    a.close()
    b.close()


asyncio.run(main())
