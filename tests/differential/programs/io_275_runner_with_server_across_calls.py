import asyncio

state = {}


async def handle(reader, writer):
    n = int(await reader.readline())
    state["count"] = state.get("count", 0) + n
    writer.write(f"{state['count']}\n".encode())
    writer.close()


async def start():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


async def send(port, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{n}\n".encode())
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return int(reply)


with asyncio.Runner() as runner:
    server, port = runner.run(start())
    print(runner.run(send(port, 5)))
    print(runner.run(send(port, 7)))
    server.close()
    runner.run(server.wait_closed())
    print("serving:", server.is_serving())
