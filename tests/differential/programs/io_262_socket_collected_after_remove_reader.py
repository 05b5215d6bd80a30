import asyncio
import gc
import socket

# Only the collections the program asks for: an automatic one, whenever the allocations so far call for it,
# could free a cycle before the line that shows it is still there.
gc.disable()


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    loop.add_reader(a, print, "not called")
    print("removed:", loop.remove_reader(a))
    del a
    gc.collect()
    await asyncio.sleep(0.01)
    print("peer sees EOF:", await loop.sock_recv(b, 10))
    c, d = socket.socketpair()
    loop.add_writer(c.fileno(), print, "registered by number")
    print("removed by object:", loop.remove_writer(c))
    c.close()
    d.close()
    b.close()


asyncio.run(main())
