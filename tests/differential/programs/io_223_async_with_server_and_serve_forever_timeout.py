import asyncio


async def handle(reader, writer):
    writer.write(b"hi\n")
    writer.close()


async def client(port):
    await asyncio.sleep(0.01)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client got", await reader.read())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    print("serving before:", server.is_serving())
    port = server.sockets[0].getsockname()[1]
    async with server:
        t = asyncio.create_task(client(port))
        try:
            await asyncio.wait_for(server.serve_forever(), 0.05)
        except asyncio.TimeoutError:
            print("serve_forever timed out; serving:", server.is_serving())
        await t
    print("after async with:", server.is_serving(), server.sockets)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" ")[0], str(e).endswith("is closed"))
    await server.start_serving()
    print("start_serving on closed server:", server.is_serving())


asyncio.run(main())
