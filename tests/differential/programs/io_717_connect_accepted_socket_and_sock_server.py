"""loop.connect_accepted_socket over a socket accepted with sock_accept, and create_server/start_server over
a listening socket the program made itself: the protocol's calls, and what the client reads."""
import asyncio
import socket


class Upper(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("accepted protocol made")

    def data_received(self, data):
        self.transport.write(data.upper())
        self.transport.close()

    def connection_lost(self, exc):
        print("accepted protocol lost", exc)


async def echo(reader, writer):
    writer.write(await reader.read(100))
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    port = listener.getsockname()[1]
    connecting = asyncio.create_task(asyncio.open_connection("127.0.0.1", port))
    conn, _ = await loop.sock_accept(listener)
    transport, protocol = await loop.connect_accepted_socket(Upper, conn)
    print(type(protocol).__name__, transport.get_extra_info("peername") is not None)
    reader, writer = await connecting
    writer.write(b"shout")
    print("client got:", await reader.read())
    writer.close()
    await writer.wait_closed()

    server = await asyncio.start_server(echo, sock=listener)
    print("same socket:", server.sockets[0].getsockname()[1] == port)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"echo me")
    print("client got:", await reader.read())
    writer.close()
    server.close()
    await server.wait_closed()
    print("listener closed with the server:", listener.fileno())


asyncio.run(main())
