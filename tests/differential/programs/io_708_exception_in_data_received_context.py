"""A protocol whose data_received raises: the loop reports a fatal error to the exception handler (its message
and the context's keys), then the transport calls connection_lost with that exception."""
import asyncio


class Fragile(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        self.transport = transport
        transport.write(b"ping")

    def data_received(self, data):
        print("data_received", data)
        raise KeyError("bad frame")

    def connection_lost(self, exc):
        print("connection_lost", type(exc).__name__, exc, "closing:", self.transport.is_closing())
        self.done.set_result(None)


def handler(loop, context):
    print("handler:", context["message"])
    print("  keys:", sorted(context))
    print("  exception:", repr(context.get("exception")))
    print("  protocol is ours:", isinstance(context.get("protocol"), Fragile))


async def echo(reader, writer):
    writer.write(await reader.read(100))
    await writer.drain()
    print("server: then reads", await reader.read())
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    await loop.create_connection(lambda: Fragile(done), "127.0.0.1", port)
    await done
    await asyncio.sleep(0.01)
    server.close()
    await server.wait_closed()


asyncio.run(main())
