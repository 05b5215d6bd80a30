"""A DatagramProtocol whose datagram_received raises: the loop reports an exception in the transport's read
callback (the handler's message names it) and the endpoint keeps receiving the next datagrams."""
import asyncio


class Picky(asyncio.DatagramProtocol):
    def datagram_received(self, data, addr):
        print("got", data)
        if data == b"bad":
            raise ValueError("cannot handle " + data.decode())


def handler(loop, context):
    print("handler:", context["message"], "|", repr(context.get("exception")), "|", sorted(context))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    server, _ = await loop.create_datagram_endpoint(Picky, local_addr=("127.0.0.1", 0))
    addr = server.get_extra_info("sockname")
    client, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, remote_addr=addr)
    for data in (b"good", b"bad", b"fine"):
        client.sendto(data)
        await asyncio.sleep(0.01)
    print("server closing:", server.is_closing())
    client.close()
    server.close()
    await asyncio.sleep(0)


asyncio.run(main())
