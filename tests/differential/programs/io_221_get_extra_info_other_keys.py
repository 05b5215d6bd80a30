import asyncio
import socket


async def handle(reader, writer):
    sock = writer.get_extra_info("socket")
    print("server socket:", sock.family == socket.AF_INET, sock.type == socket.SOCK_STREAM)
    print("server peer is tuple:", type(writer.get_extra_info("peername")).__name__)
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for key in ("sslcontext", "peercert", "cipher", "compression", "pipe", "nonexistent"):
        print(key, writer.get_extra_info(key))
    print("default:", writer.get_extra_info("nonexistent", "dflt"))
    print("sockname port matches:", writer.get_extra_info("sockname")[0])
    print("peer port matches:", writer.get_extra_info("peername")[1] == port)
    sock = writer.get_extra_info("socket")
    print("nodelay:", sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
    print("transport same:", writer.transport.get_extra_info("socket").fileno() == sock.fileno())
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
