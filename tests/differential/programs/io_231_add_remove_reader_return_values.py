import asyncio
import socket


def cb():
    pass


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    print("remove_reader never added:", loop.remove_reader(a))
    print("remove_writer never added:", loop.remove_writer(a.fileno()))
    print("add_reader returns:", loop.add_reader(a, cb))
    print("add_writer returns:", loop.add_writer(a, cb))
    print("remove_reader by fileno:", loop.remove_reader(a.fileno()))
    print("remove_reader again:", loop.remove_reader(a))
    print("remove_writer:", loop.remove_writer(a))
    print("remove_writer again:", loop.remove_writer(a))
    try:
        loop.add_reader("not a file", cb)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
    try:
        loop.add_reader(-1, cb)
    except ValueError as e:
        print("ValueError:", e)
    a.close()
    b.close()


asyncio.run(main())
