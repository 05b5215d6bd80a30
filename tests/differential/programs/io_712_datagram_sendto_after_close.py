"""sendto after close: a connected endpoint drops the datagram quietly (before and after connection_lost);
an unconnected one still sends until connection_lost has run; after that asyncio's transport has let go of
its socket and its loop, and sendto fails with the AttributeError of reporting the failed send."""
import asyncio


class Listener(asyncio.DatagramProtocol):
    def datagram_received(self, data, addr):
        print("listener got", data)


class Sender(asyncio.DatagramProtocol):
    def __init__(self, name):
        self.name = name

    def connection_lost(self, exc):
        print(self.name, "lost", exc)

    def error_received(self, exc):
        print(self.name, "error_received", type(exc).__name__)


def handler(loop, context):
    print("handler:", context["message"], repr(context.get("exception")))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    listener, _ = await loop.create_datagram_endpoint(Listener, local_addr=("127.0.0.1", 0))
    addr = listener.get_extra_info("sockname")
    connected, _ = await loop.create_datagram_endpoint(lambda: Sender("connected"), remote_addr=addr)
    free, _ = await loop.create_datagram_endpoint(lambda: Sender("free"), local_addr=("127.0.0.1", 0))
    connected.sendto(b"c1")
    free.sendto(b"f1", addr)
    await asyncio.sleep(0.01)
    connected.close()
    free.close()
    connected.sendto(b"c2 after close")
    free.sendto(b"f2 after close", addr)
    print("closing:", connected.is_closing(), free.is_closing())
    await asyncio.sleep(0.01)
    connected.sendto(b"c3 after lost")
    try:
        free.sendto(b"f3 after lost", addr)
    except Exception as e:
        print("free sendto after lost:", type(e).__name__, e)
    await asyncio.sleep(0.01)
    listener.close()
    await asyncio.sleep(0)


asyncio.run(main())
