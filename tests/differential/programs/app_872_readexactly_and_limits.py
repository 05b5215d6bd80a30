"""StreamReader errors real code meets: IncompleteReadError from readexactly, LimitOverrunError from readuntil."""
import asyncio


async def handler(reader, writer):
    writer.write(b"HEAD" + b"x" * 10 + b"\n" + b"tail")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=8)
    print(await reader.readexactly(4))
    try:
        await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError, consumed =", e.consumed)
        print("drain what is there:", await reader.readexactly(11))
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError: partial", e.partial, "expected", e.expected)
    print("at EOF:", reader.at_eof(), await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
