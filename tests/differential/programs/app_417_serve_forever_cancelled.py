"""serve_forever() in a task; the main program cancels it after the clients are served."""
import asyncio


async def handle(reader, writer):
    data = await reader.readline()
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def run_server(ready):
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    ready.set_result(server.sockets[0].getsockname()[1])
    async with server:
        try:
            await server.serve_forever()
        except asyncio.CancelledError:
            print("server: serve_forever cancelled")
            raise
        finally:
            print("server: serving?", server.is_serving())


async def main():
    ready = asyncio.get_running_loop().create_future()
    srv = asyncio.create_task(run_server(ready))
    port = await ready
    for word in ["alpha", "beta"]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"{word}\n".encode())
        print("client got", (await reader.readline()).decode().strip())
        writer.close()
        await writer.wait_closed()
    srv.cancel()
    try:
        await srv
    except asyncio.CancelledError:
        print("main: server task cancelled:", srv.cancelled())


asyncio.run(main())
