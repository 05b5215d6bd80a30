"""A SubprocessProtocol for a child that writes to stdout, then stderr, closes stderr, then stdout, then
exits with 3 (a few tenths of a second apart): the order of
connection_made, pipe_data_received per fd, pipe_connection_lost per fd, process_exited and connection_lost,
and the transport's returncode along the way."""
import asyncio
import sys

CHILD = """
import os, sys, time
sys.stdout.write('out 1\\n'); sys.stdout.flush()
time.sleep(0.3)
sys.stderr.write('err 1\\n'); sys.stderr.flush()
time.sleep(0.3)
os.close(2)
time.sleep(0.3)
os.close(1)
time.sleep(0.3)
os._exit(3)
"""


class Watch(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        self.transport = transport
        print("connection_made, returncode", transport.get_returncode())

    def pipe_data_received(self, fd, data):
        print("pipe_data_received", fd, data)

    def pipe_connection_lost(self, fd, exc):
        print("pipe_connection_lost", fd, exc)

    def process_exited(self):
        print("process_exited, returncode", self.transport.get_returncode())

    def connection_lost(self, exc):
        print("connection_lost", exc)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, _ = await loop.subprocess_exec(lambda: Watch(done), sys.executable, "-c", CHILD, stdin=None)
    await done
    print("closing:", transport.is_closing())
    transport.close()


asyncio.run(main())
