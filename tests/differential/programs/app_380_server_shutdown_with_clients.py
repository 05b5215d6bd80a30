"""Graceful server shutdown: stop accepting, tell connected clients, wait for handlers."""
import asyncio

handlers = set()


async def handle(reader, writer):
    task = asyncio.current_task()
    handlers.add(task)
    name = (await reader.readline()).decode().strip()
    print(f"server: {name} connected")
    try:
        while line := await reader.readline():
            writer.write(b"echo " + line)
    except asyncio.CancelledError:
        print(f"server: handler for {name} cancelled, saying goodbye")
        writer.write(b"server going down\n")
        raise
    finally:
        writer.close()
        handlers.discard(task)


async def client(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\nping\n".encode())
    lines = []
    while line := await reader.readline():
        lines.append(line.decode().strip())
    print(f"{name} got {lines}")
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    clients = [asyncio.create_task(client(port, n)) for n in ("c1", "c2")]
    await asyncio.sleep(0.03)
    print("shutting down: open handlers =", len(handlers))
    server.close()
    for t in sorted(handlers, key=lambda t: t.get_name()):   # a set: cancel in a defined order
        t.cancel()
    await asyncio.gather(*clients)
    await server.wait_closed()
    print("shutdown complete, handlers left:", len(handlers))


asyncio.run(main())
