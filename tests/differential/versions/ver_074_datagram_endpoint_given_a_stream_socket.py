# changes: datagram_endpoint_takes_any_non_stream_socket
# 3.13: create_datagram_endpoint(sock=...) refuses only a stream socket, saying "A datagram socket was
# expected"; earlier versions refuse anything but a datagram socket, saying "A UDP Socket was expected".
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as stream:
        try:
            await loop.create_datagram_endpoint(asyncio.DatagramProtocol, sock=stream)
        except ValueError as exc:
            print("ValueError:", str(exc).split(",")[0])
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        transport, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, sock=udp)
        print("a UDP socket is taken:", transport.get_extra_info("socket").type.name)
        transport.close()
        await asyncio.sleep(0)


asyncio.run(main())
