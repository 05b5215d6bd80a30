import asyncio
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


async def handle(reader, writer):
    data = await reader.readline()
    print("server got", data)
    writer.write(data[::-1])
    await writer.drain()
    writer.close()


async def client(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"olleh\n")
    print("client got", await reader.read())
    writer.close()
    await writer.wait_closed()


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
server = loop.run_until_complete(asyncio.start_server(handle, "127.0.0.1", 0))
port = server.sockets[0].getsockname()[1]
print("serving:", server.is_serving())
loop.run_until_complete(client(port))
loop.run_until_complete(client(port))
server.close()
loop.run_until_complete(server.wait_closed())
print("closed:", server.is_serving())
loop.close()
print("loop closed:", loop.is_closed())
