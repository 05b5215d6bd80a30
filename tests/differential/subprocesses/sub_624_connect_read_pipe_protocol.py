"""loop.connect_read_pipe on an os.pipe(): data_received, eof_received, connection_lost, in that order."""
import asyncio
import os


class Reader(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        print("connection_made")

    def data_received(self, data):
        print("data_received", data)

    def eof_received(self):
        print("eof_received")

    def connection_lost(self, exc):
        print("connection_lost", exc)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    read_end, write_end = os.pipe()
    done = loop.create_future()
    transport, _ = await loop.connect_read_pipe(lambda: Reader(done), os.fdopen(read_end, "rb", 0))
    print("connected")
    os.write(write_end, b"through the pipe")
    os.close(write_end)
    await done
    print("closing:", transport.is_closing())


asyncio.run(main())
