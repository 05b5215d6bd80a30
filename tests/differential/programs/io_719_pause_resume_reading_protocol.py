"""A protocol pauses reading after the first chunk: is_reading answers, nothing more is delivered while paused
(the server's next messages wait in the kernel), resume_reading delivers them; pausing twice and resuming twice
are harmless, and after close is_reading is False."""
import asyncio


class Slow(asyncio.Protocol):
    def __init__(self, got):
        self.got = got

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        print("data", data, "reading:", self.transport.is_reading())
        self.got.put_nowait(data)

    def eof_received(self):
        print("eof")

    def connection_lost(self, exc):
        print("lost", exc)


async def handle(reader, writer):
    for part in (b"one", b"two", b"three"):
        writer.write(part)
        await writer.drain()
        await asyncio.sleep(0.01)
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    got = asyncio.Queue()
    transport, _ = await loop.create_connection(lambda: Slow(got), "127.0.0.1", port)
    await got.get()
    transport.pause_reading()
    transport.pause_reading()
    print("paused, reading:", transport.is_reading())
    await asyncio.sleep(0.1)
    print("queued while paused:", got.qsize())
    transport.resume_reading()
    transport.resume_reading()
    print("resumed, reading:", transport.is_reading())
    print(await got.get())
    await asyncio.sleep(0.05)
    print("closing:", transport.is_closing(), "reading:", transport.is_reading())
    server.close()
    await server.wait_closed()


asyncio.run(main())
