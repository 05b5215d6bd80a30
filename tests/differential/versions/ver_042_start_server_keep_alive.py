# changes: create_server_keep_alive
# 3.13: start_server / create_server(..., keep_alive=True) turn SO_KEEPALIVE on for the listening sockets.
import asyncio
import socket


async def handle(reader, writer):
    writer.close()


async def main():
    try:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, keep_alive=True)
    except TypeError as error:
        print("TypeError:", error)
        return
    listener = server.sockets[0]
    print("SO_KEEPALIVE on:", listener.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0)
    server.close()
    await server.wait_closed()


asyncio.run(main())
