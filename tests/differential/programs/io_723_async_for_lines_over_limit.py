"""async for over a network StreamReader with a small limit: lines come one by one, a line longer than the
limit raises ValueError out of the loop (the line dropped), and a second loop carries on with the rest."""
import asyncio


async def handle(reader, writer):
    writer.write(b"ok 1\nok 2\n" + b"z" * 40 + b"\nok 3\n")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=16)
    await asyncio.sleep(0.05)
    for attempt in (1, 2):
        try:
            async for line in reader:
                print(attempt, line)
            print(attempt, "loop ended")
        except ValueError as e:
            print(attempt, "ValueError:", e)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
