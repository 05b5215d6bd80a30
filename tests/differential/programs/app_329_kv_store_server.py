"""A line-based key-value store server (GET/SET/DEL) with several clients."""
import asyncio

store = {}


async def handle(reader, writer):
    while line := await reader.readline():
        parts = line.decode().split()
        cmd, args = parts[0].upper(), parts[1:]
        if cmd == "SET" and len(args) == 2:
            store[args[0]] = args[1]
            reply = "OK"
        elif cmd == "GET" and len(args) == 1:
            reply = store.get(args[0], "(nil)")
        elif cmd == "DEL" and len(args) == 1:
            reply = "1" if store.pop(args[0], None) is not None else "0"
        else:
            reply = "ERR unknown command"
        writer.write(f"{reply}\n".encode())
        await writer.drain()
    writer.close()


async def client(port, name, commands, delay):
    await asyncio.sleep(delay)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for cmd in commands:
        writer.write(f"{cmd}\n".encode())
        await writer.drain()
        reply = (await reader.readline()).decode().strip()
        print(f"{name}: {cmd:<16} -> {reply}")
        await asyncio.sleep(0.02)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await asyncio.gather(
            client(port, "c1", ["SET color blue", "GET color", "SET n 1"], 0.0),
            client(port, "c2", ["GET color", "DEL color", "GET color", "PING"], 0.01),
            client(port, "c3", ["GET n", "DEL n", "DEL n"], 0.12),
        )
    print("final store:", sorted(store.items()))


asyncio.run(main())
