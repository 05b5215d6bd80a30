# changes: none
# Every version: a start_server handler that closes its writer (waiting for it to close, or not) and
# returns, or keeps it in a structure of its own, behaves the same whether or not the protocol also keeps
# the writer (3.13 does not): the connection ends when the handler closes it, and not before.
import asyncio

kept = []


async def closes_and_waits(reader, writer):
    writer.write(await reader.readline())
    writer.close()
    await writer.wait_closed()
    print("server: closed and waited")


async def closes_and_returns(reader, writer):
    writer.write(await reader.readline())
    writer.close()
    print("server: closed, returns at once")


async def keeps_it(reader, writer):
    kept.append(writer)
    writer.write(await reader.readline())
    print("server: kept the writer, returns")


async def talk(handler, line):
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(line)
    print("client:", await reader.readline())
    try:
        rest = await asyncio.wait_for(reader.read(), 0.1)
        print("client: closed by the server", rest)
    except TimeoutError:
        print("client: the connection is still open")
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.05)
    while kept:
        kept.pop().close()
    server.close()
    await server.wait_closed()


async def main():
    await talk(closes_and_waits, b"one\n")
    await talk(closes_and_returns, b"two\n")
    await talk(keeps_it, b"three\n")
    print("done")


asyncio.run(main())
