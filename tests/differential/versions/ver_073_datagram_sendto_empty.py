# changes: datagram_sends_empty
# 3.13: sendto(b"") on a datagram transport sends an empty datagram, which the peer receives as b"";
# earlier versions drop it without a word (the peer hears only the datagrams around it).
import asyncio


class Receiver(asyncio.DatagramProtocol):
    def __init__(self):
        self.got = asyncio.Queue()

    def datagram_received(self, data, addr):
        print("received", data)
        self.got.put_nowait(data)


async def main():
    loop = asyncio.get_running_loop()
    server, receiver = await loop.create_datagram_endpoint(Receiver, local_addr=("127.0.0.1", 0))
    client, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol,
                                                   remote_addr=server.get_extra_info("sockname"))
    for data in (b"first", b"", b"last"):
        client.sendto(data)
        await asyncio.sleep(0.01)
    received = []
    while not receiver.got.empty():
        received.append(receiver.got.get_nowait())
    print(len(received), "datagrams:", received)
    client.close()
    server.close()
    await asyncio.sleep(0)


asyncio.run(main())
