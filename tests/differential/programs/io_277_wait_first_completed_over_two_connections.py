import asyncio


def make_handler(delay, text):
    async def handle(reader, writer):
        await reader.readline()
        await asyncio.sleep(delay)
        writer.write(text)
        await writer.drain()
        writer.close()
    return handle


async def ask(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"?\n")
    try:
        return name, await reader.readline()
    finally:
        writer.close()


async def main():
    slow = await asyncio.start_server(make_handler(0.04, b"slow\n"), "127.0.0.1", 0)
    fast = await asyncio.start_server(make_handler(0.01, b"fast\n"), "127.0.0.1", 0)
    tasks = [asyncio.create_task(ask(s.sockets[0].getsockname()[1], n))
             for s, n in ((slow, "slow"), (fast, "fast"))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", [t.result() for t in done], "pending:", len(pending))
    for t in pending:
        t.cancel()
    results = await asyncio.gather(*pending, return_exceptions=True)
    print("cancelled:", [type(r).__name__ for r in results])
    await asyncio.sleep(0.05)
    for s in (slow, fast):
        s.close()
        await s.wait_closed()


asyncio.run(main())
