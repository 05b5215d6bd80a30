import asyncio

done = None


async def handle(reader, writer):
    print("server: got", await reader.readline())
    writer.write(b"answer\n")
    await writer.drain()
    rest = await reader.read()
    print("server: client finished, rest", rest)
    writer.close()
    done.set()


async def ask(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"question\n")
    return await reader.readline()


async def main():
    global done
    done = asyncio.Event()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("client: reply", await ask(port))
    await asyncio.wait_for(done.wait(), 0.5)
    print("main: done")
    server.close()
    await server.wait_closed()


asyncio.run(main())
