# changes: datagram_transport_is_a_datagram_transport
# 3.12: the transport create_datagram_endpoint() makes is an asyncio.DatagramTransport; 3.11's was only a
# Transport (a program checking which kind of transport its protocol got takes another branch).
import asyncio


class Probe(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        print("a DatagramTransport:", isinstance(transport, asyncio.DatagramTransport))
        print("a Transport:", isinstance(transport, asyncio.Transport))
        print("a BaseTransport:", isinstance(transport, asyncio.BaseTransport))
        print(type(transport).__name__)


async def main():
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(Probe, local_addr=("127.0.0.1", 0))
    kind = "datagram" if isinstance(transport, asyncio.DatagramTransport) else "stream-like"
    print("treated as", kind)
    transport.close()
    await asyncio.sleep(0)


asyncio.run(main())
