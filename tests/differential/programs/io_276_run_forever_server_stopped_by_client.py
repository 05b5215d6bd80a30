import asyncio


async def handle(reader, writer):
    cmd = (await reader.readline()).strip()
    print("server: command", cmd)
    writer.write(b"ok\n")
    await writer.drain()
    writer.close()
    if cmd == b"stop":
        asyncio.get_running_loop().stop()


async def client(port, cmd):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(cmd + b"\n")
    print("client:", cmd, await reader.readline())
    writer.close()


async def clients(port):
    await client(port, b"hello")
    await client(port, b"stop")


loop = asyncio.new_event_loop()
server = loop.run_until_complete(asyncio.start_server(handle, "127.0.0.1", 0))
port = server.sockets[0].getsockname()[1]
task = loop.create_task(clients(port))
loop.run_forever()
print("loop stopped; clients done:", task.done())
server.close()
loop.run_until_complete(server.wait_closed())
loop.close()
