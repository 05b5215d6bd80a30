import asyncio


class EchoServer:
    def connection_made(self, transport):
        print("S: connection_made; closing?", transport.is_closing())
        self.transport = transport

    def data_received(self, data):
        print("S: data_received", data)
        self.transport.write(data[::-1])

    def eof_received(self):
        print("S: eof_received, keep open to say bye")
        self.transport.write(b"bye")
        self.transport.close()
        return True

    def connection_lost(self, exc):
        print("S: connection_lost", exc)


class EchoClient:
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        print("C: connection_made")
        self.transport = transport
        transport.write(b"stressed")

    def data_received(self, data):
        print("C: data_received", data)
        if data == b"desserts":
            self.transport.write_eof()

    def eof_received(self):
        print("C: eof_received")

    def connection_lost(self, exc):
        print("C: connection_lost", exc)
        self.done.set_result("finished")


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: EchoClient(done), "127.0.0.1", port)
    print("main: create_connection returned", type(protocol).__name__,
          transport.get_protocol() is protocol)
    print("main:", await done, "protocol now", transport.get_protocol())
    server.close()
    await server.wait_closed()


asyncio.run(main())
