"""Server.close_clients() and abort_clients() (3.13; an AttributeError before): with two connected clients,
close() alone leaves them connected, close_clients() closes them (the clients read EOF) and wait_closed() returns."""
import asyncio


async def handle(reader, writer):
    try:
        data = await reader.read()
        print("handler got", data)
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    clients = [await asyncio.open_connection("127.0.0.1", port) for _ in range(2)]
    await asyncio.sleep(0.01)
    server.close()
    try:
        server.close_clients()
        print("close_clients called")
    except AttributeError as e:
        print("AttributeError:", e)
        for _, writer in clients:
            writer.close()
    for reader, _ in clients:
        print("client read:", await reader.read())
    await server.wait_closed()
    print("wait_closed returned")
    for _, writer in clients:
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
