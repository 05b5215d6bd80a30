import asyncio


async def handle(reader, writer):
    queue = asyncio.Queue()

    async def consume():
        while (item := await queue.get()) is not None:
            print("S worker:", item)
            writer.write(item.upper())
            await writer.drain()
        writer.close()

    worker = asyncio.create_task(consume())
    async for line in reader:
        print("S reader:", line)
        await queue.put(line)
    await queue.put(None)
    await worker
    print("S done")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"a\nb\n")
    await asyncio.sleep(0.01)
    writer.write(b"c\n")
    writer.write_eof()
    async for line in reader:
        print("C:", line)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
