import asyncio


async def handle(reader, writer):
    count = 0
    async for line in reader:
        count += 1
        print("S: line", count, line)
        if line == b"stop\n":
            break
    writer.write(f"{count} lines\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.writelines([b"alpha\n", b"beta\n", b"sto"])
    await asyncio.sleep(0.01)
    writer.write(b"p\nignored\n")
    async for line in reader:
        print("C:", line)
    print("C: at_eof", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
