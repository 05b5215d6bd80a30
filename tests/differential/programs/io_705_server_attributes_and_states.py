"""A Server's state through its life: is_serving with start_serving=False, start_serving(), number of
sockets, get_loop, close() making is_serving False and sockets empty, close twice, and async with closing it."""
import asyncio


async def handle(reader, writer):
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    print("serving:", server.is_serving(), "sockets:", len(server.sockets), "loop ok:", server.get_loop() is loop)
    await server.start_serving()
    print("after start_serving:", server.is_serving())
    await server.start_serving()
    print("start_serving again:", server.is_serving())
    server.close()
    print("after close:", server.is_serving(), server.sockets)
    server.close()
    await server.wait_closed()
    print("closed twice, waited")
    async with await asyncio.start_server(handle, "127.0.0.1", 0) as server2:
        print("inside async with:", server2.is_serving())
    print("after async with:", server2.is_serving(), server2.sockets)
    print(type(server).__name__, isinstance(server, asyncio.AbstractServer))


asyncio.run(main())
