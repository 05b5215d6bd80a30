"""A broadcast server: each client has its own outgoing queue and writer task."""
import asyncio

subscribers = {}


async def writer_loop(name, queue, writer):
    while (msg := await queue.get()) is not None:
        writer.write(msg.encode())
        await writer.drain()
    writer.close()


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    queue = asyncio.Queue()
    subscribers[name] = queue
    out = asyncio.create_task(writer_loop(name, queue, writer))
    while line := await reader.readline():
        for sub in sorted(subscribers):
            subscribers[sub].put_nowait(f"[{name}] {line.decode()}")
    del subscribers[name]
    queue.put_nowait(None)
    await out


async def client(port, name, messages, start):
    await asyncio.sleep(start)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    await asyncio.sleep(0.02)
    for m in messages:
        writer.write(f"{m}\n".encode())
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.03)
    writer.write_eof()
    lines = (await reader.read()).decode().splitlines()
    print(f"{name} saw {lines}")
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await asyncio.gather(client(port, "x", ["one", "two"], 0), client(port, "y", ["three"], 0.01))


asyncio.run(main())
