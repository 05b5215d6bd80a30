# changes: client_connected_cb_cancelled_closes
# 3.13: a start_server handler task that ends cancelled (asyncio.run cancelling it at the end) just
# closes its connection; in 3.11 and 3.12 its done callback asked for the exception, got a
# CancelledError, and the loop reported that as an error in the callback.
import asyncio


def handler(loop, context):
    exception = context.get("exception")
    print("reported:", " ".join(context["message"].split()[:3]), type(exception).__name__)


async def serve(reader, writer):
    print("handler waits")
    await asyncio.sleep(10)


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.05)
    print("main ends with the handler still running")


asyncio.run(main())
print("after asyncio.run")
