import asyncio


async def handle(reader, writer):
    print("server: connected")
    for i in range(3):
        print("server: waiting", i)
        line = await reader.readline()
        print("server: got", line)
        writer.write(line.upper())
        print("server: wrote", i)
        await writer.drain()
        print("server: drained", i)
    writer.close()
    await writer.wait_closed()
    print("server: closed")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("client: connecting")
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client: connected")
    for word in (b"a", b"b", b"c"):
        writer.write(word + b"\n")
        print("client: sent", word)
        await writer.drain()
        print("client: drained", word)
        print("client: reply", await reader.readline())
    print("client: eof", await reader.read())
    writer.close()
    await writer.wait_closed()
    print("client: closed")
    server.close()
    await server.wait_closed()


asyncio.run(main())
