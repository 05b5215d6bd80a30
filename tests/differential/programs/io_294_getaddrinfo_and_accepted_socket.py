"""loop.getaddrinfo / getnameinfo (resolved in the default executor, as asyncio does) on numeric
addresses, and loop.connect_accepted_socket: the program accepts a connection on its own listening
socket (sock_accept) and hands it to a Protocol, which echoes what a streams client sends."""
import asyncio
import socket


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("echo: connection_made, peer is a client:", transport.get_extra_info("peername")[0])

    def data_received(self, data):
        print("echo: got", data)
        self.transport.write(b"echo: " + data)

    def eof_received(self):
        print("echo: eof")

    def connection_lost(self, exc):
        print("echo: lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo("127.0.0.1", 8080, type=socket.SOCK_STREAM)
    for family, kind, proto, _, address in infos:
        print("getaddrinfo:", family.name, kind.name, proto, address)
    print("getnameinfo:", await loop.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    port = listener.getsockname()[1]

    async def accept_one():
        conn, _ = await loop.sock_accept(listener)
        transport, protocol = await loop.connect_accepted_socket(Echo, conn)
        print("accepted and wrapped:", type(protocol).__name__, transport.is_closing())
        return transport

    accepting = asyncio.create_task(accept_one())
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    server_side = await accepting
    writer.write(b"hi there")
    print("client reads:", await reader.read(100))
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.01)
    print("server side closing:", server_side.is_closing())
    listener.close()
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        await loop.connect_accepted_socket(Echo, udp)
    except ValueError as exc:
        print("ValueError:", str(exc).split(",")[0])
    udp.close()


asyncio.run(main())
