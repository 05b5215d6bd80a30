"""Passing print's keyword arguments through call_soon is a common slip: the TypeError names the method
as asyncio's class defines it, and so do a handle's repr of a loop method and a task running sock_recv."""
import asyncio
import re
import socket


def without_address(text):
    return re.sub(r" at 0x[0-9a-f]+| at [^ >]+:\d+", "", text)


async def main():
    loop = asyncio.get_running_loop()
    for attempt in (lambda: loop.call_soon(print, "x", end=""),
                    lambda: loop.run_until_complete(),
                    lambda: loop.add_reader(),
                    lambda: loop.add_signal_handler(),
                    lambda: loop.run_in_executor(None, print, "x", end="")):
        try:
            attempt()
        except TypeError as error:
            print(error)
    handle = loop.call_soon(loop.stop)
    print(without_address(repr(handle)))
    handle.cancel()
    left, right = socket.socketpair()
    left.setblocking(False)
    reading = asyncio.create_task(loop.sock_recv(left, 10))
    await asyncio.sleep(0)
    print(without_address(repr(reading)).split(" wait_for=")[0])
    right.send(b"hi")
    print(await reading)
    left.close()
    right.close()
    loop.call_soon(print, "done", end="!\n")


asyncio.run(main())
