# changes: server_wait_closed_waits_for_connections
# 3.12: Server.wait_closed() waits until the server is closed *and* every connection is gone;
# in 3.11 it returned at once once the server was closed, connections or not.
import asyncio


async def handle(reader, writer):
    await reader.read()          # until the client closes its end
    writer.close()
    await writer.wait_closed()
    print("handler closed its connection")


async def wait_closed(server):
    await server.wait_closed()
    print("wait_closed returned")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.05)
    server.close()
    waiter = asyncio.create_task(wait_closed(server))
    await asyncio.sleep(0.1)
    print("client closes")
    writer.close()
    await writer.wait_closed()
    await waiter
    print("done")


asyncio.run(main())
