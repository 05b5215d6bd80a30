"""A BufferedProtocol client: the transport reads into the protocol's own bytearray (get_buffer) and
says how much arrived (buffer_updated), here for length-prefixed frames a stream server sends in pieces;
then EOF (eof_received answering True keeps the client's side open to send a goodbye), and a protocol
whose get_buffer returns an empty buffer or fails, which the loop reports and the connection ends."""
import asyncio


class FrameReader(asyncio.BufferedProtocol):
    def __init__(self, done):
        self.done = done
        self.buffer = bytearray(8)  # small on purpose: a frame arrives over several reads
        self.pending = bytearray()
        self.frames = []

    def connection_made(self, transport):
        self.transport = transport
        print("client: connected")

    def get_buffer(self, sizehint):
        print("client: get_buffer", sizehint)
        return self.buffer

    def buffer_updated(self, nbytes):
        self.pending += self.buffer[:nbytes]
        print("client: buffer_updated", nbytes, "pending", len(self.pending))
        while len(self.pending) >= 2 and len(self.pending) >= 2 + self.pending[0]:
            size = self.pending[0]
            self.frames.append(bytes(self.pending[2:2 + size]))
            del self.pending[:2 + size]
            print("client: frame", self.frames[-1])

    def eof_received(self):
        print("client: eof, frames", self.frames)
        self.transport.write(b"bye")
        return True

    def connection_lost(self, exc):
        print("client: lost", exc)
        self.done.set_result(self.frames)


class Broken(asyncio.BufferedProtocol):
    def __init__(self, kind, done):
        self.kind, self.done = kind, done

    def get_buffer(self, sizehint):
        if self.kind == "empty":
            return bytearray()
        raise ValueError("no buffer for you")

    def connection_lost(self, exc):
        print(self.kind, "protocol lost:", type(exc).__name__, exc)
        self.done.set_result(None)


async def serve(reader, writer):
    for frame in (b"hello", b"buffered world", b"!"):
        writer.write(bytes([len(frame), 0]) + frame)
        await writer.drain()
        await asyncio.sleep(0.01)
    writer.write_eof()
    print("server: got", await reader.read())
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: FrameReader(done), "127.0.0.1", port)
    await asyncio.sleep(0.1)
    transport.close()
    print("frames:", await done)
    for kind in ("empty", "failing"):
        lost = loop.create_future()
        transport, _ = await loop.create_connection(lambda: Broken(kind, lost), "127.0.0.1", port)
        await lost
    server.close()
    await server.wait_closed()


asyncio.run(main())
