import asyncio


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        print("server: connection made")
        self.transport = transport

    def data_received(self, data):
        print("server: got", data)
        self.transport.write(data.upper())

    def eof_received(self):
        print("server: eof")

    def connection_lost(self, exc):
        print("server: lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello")
    print("client: got", await reader.read(100))
    writer.write_eof()
    print("client: eof seen", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
