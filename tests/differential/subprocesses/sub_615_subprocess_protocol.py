"""The low-level API: loop.subprocess_exec with a SubprocessProtocol; connection_lost comes last."""
import asyncio
import sys


class Collector(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.output = bytearray()
        self.events = set()

    def connection_made(self, transport):
        print("connection_made:", isinstance(transport, asyncio.SubprocessTransport))

    def pipe_data_received(self, fd, data):
        self.output += data
        self.events.add(f"data on {fd}")

    def pipe_connection_lost(self, fd, exc):
        self.events.add(f"pipe {fd} closed")

    def process_exited(self):
        self.events.add("process exited")

    def connection_lost(self, exc):
        print("connection_lost:", exc)
        print("before it:", sorted(self.events))
        self.done.set_result(bytes(self.output))


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, protocol = await loop.subprocess_exec(lambda: Collector(done), sys.executable, "-c",
                                                     "print('hi from the child')", stdin=None, stderr=None)
    print("returned a pair:", protocol.done is done)
    print("output:", await done)
    print("returncode:", transport.get_returncode())
    transport.close()


asyncio.run(main())
