"""A client that retries open_connection every 0.1 s while the server is still starting (ConnectionRefusedError),
then talks to it once it listens."""
import asyncio
import socket


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    writer.write(f"hello {name}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def start_server_later(port, delay):
    await asyncio.sleep(delay)
    server = await asyncio.start_server(handle, "127.0.0.1", port)
    print("server: listening")
    return server


async def connect_with_retries(port, attempts=10):
    for attempt in range(1, attempts + 1):
        try:
            return await asyncio.open_connection("127.0.0.1", port)
        except ConnectionRefusedError as e:
            print(f"client: attempt {attempt} refused (errno {e.errno})")
            await asyncio.sleep(0.1)
    raise RuntimeError("server never came up")


async def main():
    port = free_port()
    server_task = asyncio.create_task(start_server_later(port, 0.25))
    reader, writer = await connect_with_retries(port)
    writer.write(b"alice\n")
    print("client got:", await reader.readline())
    writer.close()
    await writer.wait_closed()
    server = await server_task
    server.close()
    await server.wait_closed()


asyncio.run(main())
