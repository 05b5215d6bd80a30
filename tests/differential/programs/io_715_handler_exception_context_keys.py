"""A start_server handler that raises: the exception handler hears "Unhandled exception in client_connected_cb"
with its keys, the client sees the connection closed; a plain-function callback that raises is an exception
in a callback instead, and the server's side of its connection stays open."""
import asyncio


def handler(loop, context):
    print("handler:", context["message"].split("(")[0], sorted(context), repr(context["exception"]))


async def failing(reader, writer):
    await reader.readexactly(2)
    raise KeyError("handler bug")


def failing_plain(reader, writer):
    raise IndexError("plain bug")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    for callback in (failing, failing_plain):
        server = await asyncio.start_server(callback, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"hi")
        try:
            print("client read:", await asyncio.wait_for(reader.read(), 0.2))
        except asyncio.TimeoutError:
            print("client: still open")
        writer.close()
        await writer.wait_closed()
        server.close()
        if callback is failing:  # the other one's server side stays open: from 3.12 wait_closed() waits for it
            await server.wait_closed()


asyncio.run(main())
