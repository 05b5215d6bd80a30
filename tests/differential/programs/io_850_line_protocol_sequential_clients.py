"""A line-based command server (PING/ECHO/QUIT) and clients talking to it one after another."""
import asyncio


async def serve(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            print("server: client left without QUIT")
            break
        cmd, _, arg = line.decode().rstrip("\r\n").partition(" ")
        if cmd == "PING":
            writer.write(b"PONG\r\n")
        elif cmd == "ECHO":
            writer.write(arg.encode() + b"\r\n")
        elif cmd == "QUIT":
            writer.write(b"BYE\r\n")
            await writer.drain()
            print("server: QUIT")
            break
        else:
            writer.write(f"ERR unknown {cmd!r}\r\n".encode())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def session(port, commands):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for cmd in commands:
        writer.write(cmd.encode() + b"\r\n")
        await writer.drain()
        reply = await reader.readline()
        print(f"client: {cmd!r} -> {reply!r}")
        if not reply:
            break
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await session(port, ["PING", "ECHO hello world", "NOPE", "QUIT", "PING"])
        await session(port, ["ECHO again"])
        await asyncio.sleep(0.05)
    print("done")


asyncio.run(main())
