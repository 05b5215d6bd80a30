import asyncio
import socket


async def handle(reader, writer):
    print("server:", await reader.readline())
    writer.write(b"from server\n")
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    server = await asyncio.start_server(handle, sock=listener)
    print("listening:", server.is_serving(), len(server.sockets))
    client = socket.socket()
    client.setblocking(False)
    await loop.sock_connect(client, listener.getsockname())
    reader, writer = await asyncio.open_connection(sock=client)
    writer.write(b"from client\n")
    print("client:", await reader.readline())
    print("client:", await reader.read())
    try:
        await loop.sock_recv(client, 10)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" is used")[0].startswith("File descriptor"))
    writer.close()
    await writer.wait_closed()
    print("socket closed with the writer:", client.fileno())
    try:
        await asyncio.start_server(handle, "127.0.0.1", 0, sock=listener)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.open_connection()
    except ValueError as e:
        print("ValueError:", e)
    server.close()
    await server.wait_closed()
    print("listener closed with the server:", listener.fileno())


asyncio.run(main())
