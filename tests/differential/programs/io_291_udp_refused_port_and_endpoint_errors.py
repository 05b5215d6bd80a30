"""UDP's errors, as a program meets them: a connected client's datagram to a port where nothing listens
comes back as ConnectionRefusedError in error_received, and the endpoint stays open (the next send gets
the same); a connected endpoint refuses another address; the endpoint's argument checks; sending after
close, and a protocol method that raises (reported by the loop's exception handler, the loop carries on)."""
import asyncio
import socket


class Client(asyncio.DatagramProtocol):
    def __init__(self):
        self.errors = []

    def connection_made(self, transport):
        print("made, reading:", transport.is_reading())

    def datagram_received(self, data, addr):
        print("received", data)
        raise RuntimeError("the protocol failed on " + data.decode())

    def error_received(self, exc):
        print("error_received", type(exc).__name__, exc.errno == 111)
        self.errors.append(exc)

    def connection_lost(self, exc):
        print("connection_lost", exc)


def free_port():
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


async def main():
    loop = asyncio.get_running_loop()
    port = free_port()
    transport, protocol = await loop.create_datagram_endpoint(Client, remote_addr=("127.0.0.1", port))
    transport.sendto(b"anyone there?")
    await asyncio.sleep(0.05)
    transport.sendto(b"still nobody?")
    await asyncio.sleep(0.05)
    print("errors so far:", len(protocol.errors), "closing:", transport.is_closing())
    try:
        transport.sendto(b"x", ("127.0.0.1", port + 1))
    except ValueError as exc:
        print("ValueError:", str(exc).startswith("Invalid address: must be None or ('127.0.0.1'"))
    for bad in ("text", 42):
        try:
            transport.sendto(bad)
        except TypeError as exc:
            print("TypeError:", exc)
    transport.close()
    transport.close()
    print("closing:", transport.is_closing())
    await asyncio.sleep(0)

    # A server whose protocol raises: the loop reports it and goes on.
    server, _ = await loop.create_datagram_endpoint(Client, local_addr=("127.0.0.1", 0))
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sender.sendto(b"ping", server.get_extra_info("sockname"))
    await asyncio.sleep(0.05)
    print("server still open:", not server.is_closing())
    server.abort()
    await asyncio.sleep(0)
    sender.close()

    checks = [
        {},
        {"family": socket.AF_INET},
        {"local_addr": "127.0.0.1"},
        {"remote_addr": ("127.0.0.1", port, 0, 0)},
        {"sock": socket.socket(socket.AF_INET, socket.SOCK_DGRAM), "local_addr": ("127.0.0.1", 0)},
        {"sock": socket.socket(socket.AF_INET, socket.SOCK_DGRAM), "reuse_port": True, "allow_broadcast": True},
    ]
    for kwargs in checks:
        try:
            endpoint, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, **kwargs)
        except (ValueError, TypeError) as exc:
            print(type(exc).__name__ + ":", exc)
        else:
            print("made an endpoint, family", endpoint.get_extra_info("socket").family.name)
            endpoint.close()
        for value in kwargs.values():
            if isinstance(value, socket.socket):
                value.close()
    await asyncio.sleep(0)


asyncio.run(main())
