"""A client streams 2 MB in chunks with drain() to a server that reads slowly; only totals are printed
(how much fits in the sockets' buffers is the kernel's business)."""
import asyncio
import hashlib

CHUNK = 64 * 1024
CHUNKS = 32


async def handle(reader, writer):
    digest = hashlib.sha256()
    total = 0
    while True:
        data = await reader.read(100_000)
        if not data:
            break
        total += len(data)
        digest.update(data)
        await asyncio.sleep(0.001)
    writer.write(f"{total} {digest.hexdigest()[:16]}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        digest = hashlib.sha256()
        for i in range(CHUNKS):
            chunk = bytes([i % 256]) * CHUNK
            digest.update(chunk)
            writer.write(chunk)
            await writer.drain()
        writer.write_eof()
        reply = (await reader.readline()).decode().split()
        print("server got", reply[0], "bytes; digests match:", reply[1] == digest.hexdigest()[:16])
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
