import asyncio


async def handle(reader, writer):
    name = (await reader.readline()).strip().decode()
    print("S: start", name)
    await asyncio.sleep(0)
    print("S: end", name)
    writer.write(b"bye " + name.encode() + b"\n")
    writer.close()


async def client(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("C: connected", name)
    writer.write(name.encode() + b"\n")
    print("C:", name, await reader.readline())
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    await asyncio.gather(*(client(port, n) for n in ("a", "b", "c")))
    print("tasks left:", len(asyncio.all_tasks()))
    server.close()
    await server.wait_closed()


asyncio.run(main())
