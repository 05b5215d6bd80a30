"""connect_read_pipe and connect_write_pipe over a regular file: each end refuses it with its own ValueError
(the read end says pipes/sockets, the write end also names character devices), and the protocol factory was
already called; then the same calls over a real pipe work."""
import asyncio
import os
import tempfile


class Reader(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        print("factory called")

    def data_received(self, data):
        print("read end got", data)

    def connection_lost(self, exc):
        print("read end lost", exc)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    with tempfile.TemporaryFile() as f:
        for connect in (loop.connect_read_pipe, loop.connect_write_pipe):
            try:
                await connect(lambda: Reader(None), f)
            except ValueError as e:
                print(connect.__name__, "ValueError:", e)
    r, w = os.pipe()
    done = loop.create_future()
    read_transport, _ = await loop.connect_read_pipe(lambda: Reader(done), os.fdopen(r, "rb", 0))
    write_transport, _ = await loop.connect_write_pipe(asyncio.Protocol, os.fdopen(w, "wb", 0))
    write_transport.write(b"through the pipe")
    write_transport.close()
    await done
    print("closing:", read_transport.is_closing(), write_transport.is_closing())


asyncio.run(main())
