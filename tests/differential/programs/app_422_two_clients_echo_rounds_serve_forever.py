"""Two clients talk to a line-echo server run by serve_forever in a task, which is then cancelled."""
import asyncio

connections = 0

async def handle(reader, writer):
    global connections
    connections += 1
    me = connections
    while data := await reader.readline():
        msg = data.decode().strip()
        print(f"server[{me}] got {msg}")
        writer.write(f"{msg}!\n".encode())
        await writer.drain()
    print(f"server[{me}] client left")
    writer.close()
    await writer.wait_closed()

async def client(name, port, delay):
    r, w = await asyncio.open_connection("127.0.0.1", port)
    for i in range(2):
        await asyncio.sleep(delay)
        w.write(f"{name}{i}\n".encode())
        await w.drain()
        print(name, "reply", (await r.readline()).decode().strip())
    w.close()
    await w.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    serving = asyncio.create_task(server.serve_forever())
    await asyncio.gather(client("a", port, 0.03), client("b", port, 0.05))
    await asyncio.sleep(0.01)
    serving.cancel()
    try:
        await serving
    except asyncio.CancelledError:
        print("serve_forever cancelled, serving:", server.is_serving())
    print("connections", connections)

asyncio.run(main())
