import asyncio
import hashlib


async def handle(reader, writer):
    total = 0
    while chunk := await reader.read(65536):
        total += len(chunk)
        writer.write(chunk)
        await writer.drain()
    print("server echoed", total, "bytes")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    payload = bytes(range(256)) * 2000

    async def send():
        writer.write(payload)
        await writer.drain()
        writer.write_eof()

    sender = asyncio.create_task(send())
    data = await reader.read()
    await sender
    print("client got", len(data), "bytes, same:", hashlib.sha256(data).hexdigest() == hashlib.sha256(payload).hexdigest())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
