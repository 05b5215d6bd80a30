"""Protocol callbacks order on a client whose eof_received returns None (the transport closes itself)
versus True (our side stays open to write a reply): data_received chunks, eof_received, then
connection_lost(None), and what the server gets back."""
import asyncio


class Client(asyncio.Protocol):
    def __init__(self, name, keep_open, done):
        self.name, self.keep_open, self.done = name, keep_open, done

    def connection_made(self, transport):
        self.transport = transport
        print(self.name, "made, closing:", transport.is_closing())
        transport.write(b"hello")
        transport.write_eof()

    def data_received(self, data):
        print(self.name, "data", data)

    def eof_received(self):
        print(self.name, "eof, closing:", self.transport.is_closing())
        if self.keep_open:
            self.transport.write(b"!")
            return True
        return None

    def connection_lost(self, exc):
        print(self.name, "lost", exc, "closing:", self.transport.is_closing())
        self.done.set_result(None)


async def handle(reader, writer):
    data = await reader.read()
    writer.write(data.upper())
    writer.write_eof()
    print("server: after eof, client sent", await reader.read())
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    for name, keep in (("closer", False), ("keeper", True)):
        done = loop.create_future()
        await loop.create_connection(lambda: Client(name, keep, done), "127.0.0.1", port)
        await done
        await asyncio.sleep(0.01)
    server.close()
    await server.wait_closed()


asyncio.run(main())
