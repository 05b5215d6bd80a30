"""Errors raised by a protocol's connection_made and connection_lost are reported as exceptions in
callbacks (the handler's message and keys); the connection itself carries on after connection_made failed."""
import asyncio


class Grumpy(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        self.transport = transport
        print("made")
        raise RuntimeError("in connection_made")

    def data_received(self, data):
        print("data", data)
        self.transport.close()

    def connection_lost(self, exc):
        print("lost", exc)
        self.done.set_result(None)
        raise RuntimeError("in connection_lost")


def handler(loop, context):
    print("handler:", context["message"].split(" ")[0:3], sorted(context), repr(context["exception"]))


async def greet(reader, writer):
    writer.write(b"hi")
    await writer.drain()
    await reader.read()
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    server = await asyncio.start_server(greet, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    await loop.create_connection(lambda: Grumpy(done), "127.0.0.1", port)
    await done
    await asyncio.sleep(0.01)
    server.close()
    await server.wait_closed()
    print("end")


asyncio.run(main())
