import asyncio


async def handle(reader, writer):
    print("server: client connected")
    while line := await reader.readline():
        writer.write(b"echo " + line)
    print("server: client left")
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"one\n")
    print(await reader.readline())
    server.close()
    print("serving:", server.is_serving(), "sockets:", server.sockets)
    try:  # 3.11 returns at once; from 3.12, wait_closed waits for the connected client too
        await asyncio.wait_for(server.wait_closed(), 0.1)
        print("wait_closed returned with a client still connected")
    except asyncio.TimeoutError:
        print("wait_closed waits for the client still connected")
    writer.write(b"two\n")
    print(await reader.readline())
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("new client refused:", e.errno)
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.02)
    print("done")


asyncio.run(main())
