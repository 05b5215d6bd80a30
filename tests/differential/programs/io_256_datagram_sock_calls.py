import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for s in (a, b):
        s.bind(("127.0.0.1", 0))
        s.setblocking(False)
    t = asyncio.create_task(loop.sock_recvfrom(b, 100))
    await asyncio.sleep(0)
    print("sendto returns", await loop.sock_sendto(a, b"hello", b.getsockname()))
    data, addr = await t
    print("recvfrom", data, addr == a.getsockname())
    await loop.sock_sendto(a, b"into buffer", b.getsockname())
    buf = bytearray(4)
    n, addr = await loop.sock_recvfrom_into(b, buf)
    print("recvfrom_into", n, buf, addr == a.getsockname())
    await loop.sock_sendto(a, b"abcdef", b.getsockname())
    buf = bytearray(10)
    print("nbytes=2:", (await loop.sock_recvfrom_into(b, buf, 2))[0], buf)
    try:
        await asyncio.wait_for(loop.sock_recvfrom(b, 10), 0.01)
    except asyncio.TimeoutError:
        print("datagram queue empty: timeout")
    a.close()
    b.close()


asyncio.run(main())
