"""print(transport) and print(writer) in each state of a connection: whether the loop polls the
socket for reading and for writing, what is buffered, closing, closed (asyncio's selector transport
shows `fd=N read=polling write=<idle, bufsize=0>` until the connection is lost, then `closed fd=N`)."""
import asyncio

BIG = 4_000_000


class Proto(asyncio.Protocol):
    def connection_made(self, transport):
        print("made", transport)
        self.transport = transport

    def eof_received(self):
        print("eof", self.transport)
        return True

    def connection_lost(self, exc):
        print("lost", exc, self.transport)


async def handle(reader, writer):
    transport = writer.transport
    print("handler", transport)
    if await reader.read(1) == b"p":  # the protocol client: it only waits for our EOF
        transport.pause_reading()
        print("paused", transport)
        transport.resume_reading()
        print("resumed", transport)
        writer.write_eof()
        await reader.read()  # the client's close
        writer.close()
        return
    writer.write(b"x" * BIG)  # the peer does not read yet: most of it stays buffered
    print("big write", str(transport).replace(str(transport.get_write_buffer_size()), "B"),
          transport.get_write_buffer_size() > 0)
    await writer.drain()
    print("drained", transport)
    writer.close()
    print("closing", transport)
    await writer.wait_closed()
    print("closed", transport)


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    tr, proto = await loop.create_connection(Proto, "127.0.0.1", port)
    print("client", tr)
    tr.write(b"p")
    await asyncio.sleep(0.1)
    tr.close()
    print("client closing", tr)
    await asyncio.sleep(0)
    print("client closed", tr)

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("writer", writer)
    writer.write(b"s")
    await asyncio.sleep(0.1)
    data = await reader.readexactly(BIG)
    print("read", len(data))
    print("at eof", await reader.read() == b"")
    writer.close()
    await writer.wait_closed()
    print("writer closed", writer.transport)
    server.close()
    await server.wait_closed()


asyncio.run(main())
