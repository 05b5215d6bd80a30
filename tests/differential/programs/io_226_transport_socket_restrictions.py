import asyncio
import pickle


async def handle(reader, writer):
    sock = writer.get_extra_info("socket")
    print("gettimeout:", sock.gettimeout())
    sock.settimeout(0)
    sock.setblocking(False)
    for call in (lambda: sock.settimeout(1), lambda: sock.setblocking(True), lambda: sock.close(),
                 lambda: sock.recv(1), lambda: pickle.dumps(sock)):
        try:
            call()
            print("no error")
        except (ValueError, AttributeError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    print("fileno >= 0:", sock.fileno() >= 0)
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client read:", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
