"""The docs' socketpair examples: add_reader on one end, then open_connection(sock=...) waiting for data."""
import asyncio
import socket


async def with_add_reader():
    loop = asyncio.get_running_loop()
    rsock, wsock = socket.socketpair()
    fut = loop.create_future()

    def reader():
        data = rsock.recv(100)
        print("Received:", data.decode())
        fut.set_result(None)
        loop.remove_reader(rsock)

    loop.add_reader(rsock, reader)
    loop.call_soon(wsock.send, "abc".encode())
    await fut
    rsock.close()
    wsock.close()


async def with_streams():
    loop = asyncio.get_running_loop()
    rsock, wsock = socket.socketpair()
    reader, writer = await asyncio.open_connection(sock=rsock)
    loop.call_soon(wsock.send, "abc".encode())
    data = await reader.read(100)
    print("Received:", data.decode())
    wsock.send(b"line one\nline two\n")
    print(await reader.readline(), await reader.readline())
    wsock.close()
    print("then EOF:", await reader.read())
    writer.close()
    await writer.wait_closed()


asyncio.run(with_add_reader())
asyncio.run(with_streams())
