"""serve_forever twice at once (RuntimeError naming the server), on a closed server, and what cancelling the
task running serve_forever does to the server (closed, no longer serving)."""
import asyncio


async def handle(reader, writer):
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    first = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("second:", str(e).replace(str(port), "PORT").split(" fd=")[0], "...", str(e).split(">")[-1])
    first.cancel()
    try:
        await first
    except asyncio.CancelledError:
        print("first cancelled; serving:", server.is_serving(), "sockets:", server.sockets)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("closed:", str(e).split(" ")[0], "...", str(e).split(">")[-1])
    await server.wait_closed()


asyncio.run(main())
