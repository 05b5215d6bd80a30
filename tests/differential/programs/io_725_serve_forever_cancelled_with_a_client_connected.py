"""Cancelling the task that runs serve_forever() while a client is still connected: it closes the server and
waits for it to be closed, which from 3.12 includes the connection (the task ends only once the client goes,
0.2 s later); 3.11 ends it at once."""
import asyncio


async def handle(reader, writer):
    await reader.read()
    writer.close()
    print("handler done")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    serving = asyncio.create_task(server.serve_forever())
    reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
    await asyncio.sleep(0.01)
    serving.cancel()
    loop.call_later(0.2, writer.close)
    try:
        await serving
    except asyncio.CancelledError:
        print("serve_forever cancelled after", round(loop.time() - start, 1), "serving:", server.is_serving())
    await writer.wait_closed()
    await asyncio.sleep(0.01)


asyncio.run(main())
