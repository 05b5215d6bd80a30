import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    loop.add_reader(a, print, "never")
    loop.add_writer(b, print, "never either")
    a.close()
    print("fileno after close:", a.fileno())
    print("remove_reader(closed socket):", loop.remove_reader(a))
    print("remove_reader again:", loop.remove_reader(a) if False else "skipped")
    b_fd = b.fileno()
    b.close()
    print("remove_writer(old fd):", loop.remove_writer(b_fd))
    c, d = socket.socketpair()
    c.close()
    for call in (lambda: loop.remove_reader(c), lambda: loop.add_reader(c, print), lambda: loop.remove_reader(-1)):
        try:
            print("result:", call())
        except (ValueError, OSError) as e:
            print(type(e).__name__ + ":", e)
    try:
        await loop.sock_recv(c, 10)
    except OSError as e:
        print("sock_recv on closed socket:", type(e).__name__, e.errno)
    d.close()


asyncio.run(main())
