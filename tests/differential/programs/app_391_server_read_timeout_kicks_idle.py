"""A server that disconnects clients idle for more than 0.04 s."""
import asyncio


async def handle(reader, writer):
    peer = (await reader.readline()).decode().strip()
    while True:
        try:
            line = await asyncio.wait_for(reader.readline(), timeout=0.04)
        except asyncio.TimeoutError:
            print(f"server: {peer} idle, disconnecting")
            writer.write(b"bye: idle\n")
            break
        if not line:
            print(f"server: {peer} hung up")
            break
        writer.write(b"ok " + line)
    writer.close()


async def client(port, name, gaps):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    for i, gap in enumerate(gaps):
        await asyncio.sleep(gap)
        if reader.at_eof():
            break
        writer.write(f"msg{i}\n".encode())
    if not reader.at_eof():
        writer.write_eof()
    replies = (await reader.read()).decode().split("\n")
    print(f"{name}: {replies}")
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await asyncio.gather(client(port, "fast", [0.01, 0.01, 0.005]), client(port, "slow", [0.01, 0.08, 0.01]))
        await asyncio.sleep(0.01)


asyncio.run(main())
