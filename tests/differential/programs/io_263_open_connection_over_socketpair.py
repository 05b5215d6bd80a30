import asyncio
import socket


async def main():
    left, right = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=left)
    r2, w2 = await asyncio.open_connection(sock=right)
    w1.write(b"ping\n")
    print("right got", await r2.readline())
    w2.write(b"pong\n")
    print("left got", await r1.readline())
    print("peername:", w1.get_extra_info("peername"))
    w1.write_eof()
    print("right at EOF:", await r2.read(), r2.at_eof())
    w2.write(b"still writable after peer's EOF")
    w2.close()
    print("left read:", await r1.read())
    await w2.wait_closed()
    w1.close()
    await w1.wait_closed()
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        await asyncio.open_connection(sock=udp)
    except ValueError as e:
        print("ValueError:", str(e).split(",")[0].split(" got")[0])
    udp.close()
    try:
        await asyncio.open_connection("127.0.0.1", 9, ssl=False, server_hostname=None)
    except OSError as e:
        print(type(e).__name__)


asyncio.run(main())
