"""A connected datagram endpoint accepts sendto(data, its own address) and refuses another address
(ValueError); sendto of a str is a TypeError; local and peer names; the protocol callbacks' order."""
import asyncio


class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
        print("echo made")

    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)


class Client(asyncio.DatagramProtocol):
    def __init__(self, replies):
        self.replies = replies

    def connection_made(self, transport):
        print("client made")

    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)


async def main():
    loop = asyncio.get_running_loop()
    echo, _ = await loop.create_datagram_endpoint(Echo, local_addr=("127.0.0.1", 0))
    addr = echo.get_extra_info("sockname")
    replies = asyncio.Queue()
    client, _ = await loop.create_datagram_endpoint(lambda: Client(replies), remote_addr=addr)
    print("peer is echo:", client.get_extra_info("peername") == addr, echo.get_extra_info("peername"))
    client.sendto(b"one", addr)
    print(await replies.get())
    try:
        client.sendto(b"two", ("127.0.0.1", 9))
    except ValueError as e:
        print("ValueError:", str(e).replace(str(addr[1]), "PORT"))
    try:
        client.sendto("three")
    except TypeError as e:
        print("TypeError:", e)
    client.sendto(bytearray(b"four"))
    client.sendto(memoryview(b"five"))
    print(await replies.get(), await replies.get())
    client.close()
    echo.close()
    await asyncio.sleep(0)


asyncio.run(main())
