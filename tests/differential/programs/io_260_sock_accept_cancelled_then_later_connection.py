import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    try:
        await asyncio.wait_for(loop.sock_accept(listener), 0.01)
    except asyncio.TimeoutError:
        print("no client yet")
    client = socket.socket()
    client.setblocking(False)
    connect = asyncio.create_task(loop.sock_connect(client, listener.getsockname()))
    conn, addr = await loop.sock_accept(listener)
    print("accepted; peer is client:", addr == client.getsockname() if connect.done() else "later")
    await connect
    print("connect done:", connect.result())
    print("accepted non-blocking:", not conn.getblocking())
    refused = socket.socket()
    refused.setblocking(False)
    port = listener.getsockname()[1]
    listener.close()
    try:
        await loop.sock_connect(refused, ("127.0.0.1", port))
    except ConnectionRefusedError as e:
        print("refused:", e.errno, str(e).replace(str(port), "PORT"))
    for s in (client, conn, refused):
        s.close()


asyncio.run(main())
