"""The docs' protocol example over a socketpair: data_received, eof_received, and a future for connection_lost."""
import asyncio
import socket


class MyProtocol(asyncio.Protocol):
    def __init__(self, on_con_lost):
        self.transport = None
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        self.transport = transport
        print("connection made")

    def data_received(self, data):
        print("Received:", data.decode())
        self.transport.write(data[::-1])

    def eof_received(self):
        print("EOF received")
        return False

    def connection_lost(self, exc):
        print("connection lost:", exc)
        self.on_con_lost.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    rsock, wsock = socket.socketpair()
    on_con_lost = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: MyProtocol(on_con_lost), sock=rsock)
    loop.call_soon(wsock.send, b"hello")
    await asyncio.sleep(0.05)
    print("the other end reads:", await loop.sock_recv(wsock, 100))
    wsock.shutdown(socket.SHUT_WR)
    try:
        await on_con_lost
    finally:
        transport.close()
        wsock.close()
    print("closing:", transport.is_closing())


asyncio.run(main())
