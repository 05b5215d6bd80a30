"""The "asyncio streams over a pipe" recipe: a StreamReader of the program's own behind
asyncio.StreamReaderProtocol for connect_read_pipe, and a StreamWriter over
asyncio.streams.FlowControlMixin for connect_write_pipe; a producer task writes lines with pauses
while the reader iterates them, then EOF ends the iteration (the writer's wait_closed() raises
NotImplementedError: the bare mixin has no close waiter)."""
import asyncio
import os


async def open_pipe():
    loop = asyncio.get_running_loop()
    read_fd, write_fd = os.pipe()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(read_fd, "rb", 0))
    transport, protocol = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin,
                                                        os.fdopen(write_fd, "wb", 0))
    writer = asyncio.StreamWriter(transport, protocol, None, loop)
    return reader, writer


async def produce(writer):
    for n in range(3):
        writer.write(f"line {n}\n".encode())
        await writer.drain()
        print("wrote", n)
        await asyncio.sleep(0.1)
    writer.close()
    print("writer closing", writer.is_closing())
    try:
        await writer.wait_closed()  # a bare FlowControlMixin has nothing to wait on
    except NotImplementedError:
        print("wait_closed: NotImplementedError")


async def main():
    reader, writer = await open_pipe()
    print(type(writer.transport).__name__, type(reader).__name__)
    producer = asyncio.create_task(produce(writer))
    async for line in reader:
        print("read", line)
    print("at eof", reader.at_eof())
    await producer


asyncio.run(main())
