import asyncio


async def noop(reader, writer):
    writer.close()


async def main():
    server = await asyncio.start_server(noop, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        await asyncio.start_server(noop, "127.0.0.1", port)
    except OSError as e:
        print(type(e).__name__, e.errno, str(e).replace(str(port), "PORT"))
    server.close()
    await server.wait_closed()
    try:
        await asyncio.start_server(noop)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
