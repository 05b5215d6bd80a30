"""Unix sockets with protocols (loop.create_unix_server / create_unix_connection), and their errors:
a stale socket file left by an earlier server is replaced (even one a socket still listens on), a client
to a file nobody listens on is refused, argument checks."""
import asyncio
import os
import socket
import tempfile


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server protocol: connection_made, peer", repr(transport.get_extra_info("peername")))

    def data_received(self, data):
        print("server protocol: data", data)
        self.transport.write(data[::-1])

    def eof_received(self):
        print("server protocol: eof")

    def connection_lost(self, exc):
        print("server protocol: lost", exc)


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        print("client protocol: connection_made")
        transport.write(b"stressed")

    def data_received(self, data):
        print("client protocol: data", data)
        self.done.set_result(data)

    def connection_lost(self, exc):
        print("client protocol: lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "s")
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(path)
    stale.close()
    print("a stale socket file:", os.path.exists(path))
    server = await loop.create_unix_server(Echo, path)
    print(type(server).__name__, server.is_serving())

    done = loop.create_future()
    transport, protocol = await loop.create_unix_connection(lambda: Client(done), path)
    print("reply:", await done)
    transport.close()
    await asyncio.sleep(0.01)

    # A path someone listens on is a socket file too: a new server takes it over (asyncio removes any socket
    # file there first), and clients reach the new server.
    other = os.path.join(folder, "busy")
    taken = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    taken.bind(other)
    taken.listen()
    second = await loop.create_unix_server(Echo, other)
    print("second server on a taken path:", second.is_serving())
    second.close()
    await second.wait_closed()
    taken.close()
    if os.path.exists(other):
        os.unlink(other)

    lonely = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    lonely.bind(other)
    try:
        await loop.create_unix_connection(asyncio.Protocol, other)
    except ConnectionRefusedError as exc:
        print("ConnectionRefusedError", exc.errno)
    lonely.close()

    for kwargs in ({}, {"sock": socket.socket()}, {"path": path, "sock": socket.socket(socket.AF_UNIX)}):
        for method in (loop.create_unix_server, loop.create_unix_connection):
            try:
                await method(asyncio.Protocol, **kwargs)
            except ValueError as exc:
                print(method.__name__, "ValueError:", str(exc).split(",")[0])
    server.close()
    await server.wait_closed()
    for name in os.listdir(folder):
        os.unlink(os.path.join(folder, name))
    os.rmdir(folder)


asyncio.run(main())
