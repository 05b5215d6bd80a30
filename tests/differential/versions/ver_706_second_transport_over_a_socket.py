# changes: transport_refuses_a_socket_in_use
# 3.12: a transport is not made over a socket that a transport (not closing) still owns; 3.11 made a second one.
import asyncio
import re
import socket


def without_numbers(error):
    return re.sub(r"\d+", "N", str(error))


class Quiet(asyncio.DatagramProtocol):
    pass


async def main():
    a, b = socket.socketpair()
    reader, writer = await asyncio.open_connection(sock=a)
    try:
        await asyncio.open_connection(sock=a)
        print("second stream transport made")
    except RuntimeError as error:
        print("RuntimeError:", without_numbers(error))
    writer.close()
    await writer.wait_closed()
    b.close()

    loop = asyncio.get_running_loop()
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("127.0.0.1", 0))
    transport, _ = await loop.create_datagram_endpoint(Quiet, sock=udp)
    try:
        await loop.create_datagram_endpoint(Quiet, sock=udp)
        print("second datagram transport made")
    except RuntimeError as error:
        print("RuntimeError:", without_numbers(error))
    transport.close()
    await asyncio.sleep(0)


asyncio.run(main())
