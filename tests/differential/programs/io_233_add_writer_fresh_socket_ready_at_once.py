import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    calls = 0
    done = loop.create_future()

    def writable():
        nonlocal calls
        calls += 1
        print("writable call", calls)
        if calls == 3:
            print("remove_writer:", loop.remove_writer(a))
            done.set_result(calls)

    loop.add_writer(a, writable)
    print("registered")
    await asyncio.sleep(0)
    print("after one yield, calls =", calls)
    print("result", await done)
    a.close()
    b.close()


asyncio.run(main())
