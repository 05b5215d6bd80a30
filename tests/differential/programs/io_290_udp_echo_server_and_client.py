"""The asyncio docs' UDP echo shape: a server endpoint bound to 127.0.0.1 echoes each datagram back in
upper case; clients connected to it (remote_addr) send one message at a time, each after the reply to the
last (one datagram in flight: which of two ready sockets the selector reports first is the kernel's), and
close. Events are printed in the order the protocols see them: connection_made, each datagram on both
sides, connection_lost; then the extras a client sees (sockname, peername) and the transports' states."""
import asyncio


class EchoServerProtocol(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection_made", type(transport).__name__)

    def datagram_received(self, data, addr):
        message = data.decode()
        print(f"server: received {message!r}")
        self.transport.sendto(message.upper().encode(), addr)

    def connection_lost(self, exc):
        print("server: connection_lost", exc)


class EchoClientProtocol(asyncio.DatagramProtocol):
    def __init__(self, name, messages, on_done):
        self.name, self.messages, self.on_done = name, list(messages), on_done
        self.replies = []

    def connection_made(self, transport):
        self.transport = transport
        print(f"{self.name}: connection_made")
        self.send_next()

    def send_next(self):
        message = self.messages[len(self.replies)]
        print(f"{self.name}: send {message!r}")
        self.transport.sendto(message.encode())

    def datagram_received(self, data, addr):
        print(f"{self.name}: received {data.decode()!r}")
        self.replies.append(data.decode())
        if len(self.replies) == len(self.messages):
            self.on_done.set_result(self.replies)
        else:
            self.send_next()

    def error_received(self, exc):
        print(f"{self.name}: error_received {exc!r}")

    def connection_lost(self, exc):
        print(f"{self.name}: connection_lost", exc)


async def client(loop, name, port, messages):
    done = loop.create_future()
    transport, protocol = await loop.create_datagram_endpoint(
        lambda: EchoClientProtocol(name, messages, done), remote_addr=("127.0.0.1", port))
    print(f"{name}: endpoint ready, peer port matches:", transport.get_extra_info("peername")[1] == port)
    print(f"{name}: local address", transport.get_extra_info("sockname")[0])
    try:
        replies = await asyncio.wait_for(done, timeout=2)
    finally:
        transport.close()
    print(f"{name}: closing {transport.is_closing()}, replies {replies}")
    return replies


async def main():
    loop = asyncio.get_running_loop()
    print("Starting UDP server")
    transport, protocol = await loop.create_datagram_endpoint(EchoServerProtocol, local_addr=("127.0.0.1", 0))
    port = transport.get_extra_info("sockname")[1]
    print("protocol is the server's:", isinstance(protocol, EchoServerProtocol),
          "buffer", transport.get_write_buffer_size(), "limits", transport.get_write_buffer_limits())
    first = await client(loop, "alice", port, ["hello", "world"])
    second = await client(loop, "bob", port, ["one", "two", "three"])
    print(first, second)
    transport.close()
    print("server closing:", transport.is_closing())
    await asyncio.sleep(0)
    print("server protocol after close:", transport.get_protocol())


asyncio.run(main())
