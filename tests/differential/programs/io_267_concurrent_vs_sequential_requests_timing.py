import asyncio
import time


async def handle(reader, writer):
    n = int(await reader.readline())
    await asyncio.sleep(0.05)
    writer.write(f"{n * n}\n".encode())
    await writer.drain()
    writer.close()


async def request(port, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{n}\n".encode())
    answer = int(await reader.readline())
    writer.close()
    await writer.wait_closed()
    return answer


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    start = time.monotonic()
    results = await asyncio.gather(*(request(port, n) for n in (2, 3, 4)))
    concurrent = time.monotonic() - start
    print("concurrent:", results, 0.05 <= concurrent < 0.1)
    start = time.monotonic()
    results = [await request(port, n) for n in (2, 3, 4)]
    sequential = time.monotonic() - start
    print("sequential:", results, 0.15 <= sequential < 0.2)
    server.close()
    await server.wait_closed()


asyncio.run(main())
