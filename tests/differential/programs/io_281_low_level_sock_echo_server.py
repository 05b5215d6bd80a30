import asyncio
import socket


async def serve_client(loop, conn, name):
    print("server: serving", name)
    while data := await loop.sock_recv(conn, 1024):
        print("server:", name, "echoes", data)
        await loop.sock_sendall(conn, data.upper())
    print("server:", name, "disconnected")
    conn.close()


async def accept_loop(loop, listener, count):
    tasks = []
    for i in range(count):
        conn, _ = await loop.sock_accept(listener)
        print("server: accepted", i)
        tasks.append(asyncio.create_task(serve_client(loop, conn, f"c{i}")))
    await asyncio.gather(*tasks)


async def client(loop, address, name, words):
    sock = socket.socket()
    sock.setblocking(False)
    await loop.sock_connect(sock, address)
    print(name, "connected")
    for w in words:
        await loop.sock_sendall(sock, w)
        print(name, "got", await loop.sock_recv(sock, 1024))
    sock.close()


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.create_server(("127.0.0.1", 0))
    listener.setblocking(False)
    server = asyncio.create_task(accept_loop(loop, listener, 2))
    address = listener.getsockname()
    await client(loop, address, "A", [b"one", b"two"])
    await asyncio.gather(client(loop, address, "B", [b"three"]), asyncio.sleep(0.01))
    await server
    listener.close()


asyncio.run(main())
