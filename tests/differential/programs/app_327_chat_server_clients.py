"""A tiny chat server over loopback streams: clients join, send messages, everyone sees them."""
import asyncio

clients = {}


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    clients[name] = writer
    print(f"server: {name} joined")
    try:
        while line := await reader.readline():
            msg = f"{name}: {line.decode().strip()}\n"
            print("server relays", msg.strip())
            for other, w in sorted(clients.items()):
                if other != name:
                    w.write(msg.encode())
                    await w.drain()
    finally:
        del clients[name]
        writer.close()
        print(f"server: {name} left")


async def client(port, name, lines, delay):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    await asyncio.sleep(delay)
    for text in lines:
        writer.write(f"{text}\n".encode())
        await asyncio.sleep(0.03)
    await asyncio.sleep(0.05)
    writer.close()
    received = []
    while line := await reader.readline():
        received.append(line.decode().strip())
    print(f"{name} received {received}")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await asyncio.gather(client(port, "ann", ["hi all", "bye"], 0.02),
                             client(port, "bob", ["hello ann"], 0.035))
        await asyncio.sleep(0.02)
    print("server closed")


asyncio.run(main())
