# changes: server_close_clients, server_wait_closed_waits_for_connections
# 3.13: Server.close_clients() closes the server's open connections (abort_clients() aborts them).
import asyncio


async def handle(reader, writer):
    data = await reader.read()
    print("handler read", data, "at EOF:", reader.at_eof())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.05)
    server.close()
    try:
        server.close_clients()
    except AttributeError as error:
        print("AttributeError:", error)
        writer.close()
        await writer.wait_closed()
    else:
        print("client reads:", await reader.read())
        writer.close()
    await server.wait_closed()
    print("server closed")


asyncio.run(main())
