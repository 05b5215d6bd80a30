import asyncio

seen = []


def on_client(reader, writer):
    # a plain function is accepted as client_connected_cb
    print("plain callback called")
    writer.write(b"greetings\n")
    writer.close()


async def main():
    server = await asyncio.start_server(on_client, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client read", await reader.readline())
    print("then", await reader.read())
    writer.close()
    await writer.wait_closed()
    await writer.wait_closed()
    print("wait_closed twice is fine")
    server.close()
    await server.wait_closed()


asyncio.run(main())
