"""SubprocessProtocol with stdin: write through the stdin pipe transport, close it, collect the answer."""
import asyncio
import sys

REVERSE = "import sys; print(sys.stdin.read()[::-1].strip())"


class Reverser(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.chunks = []

    def pipe_data_received(self, fd, data):
        self.chunks.append(data)

    def process_exited(self):
        print("process exited")

    def connection_lost(self, exc):
        self.done.set_result(b"".join(self.chunks).decode().strip())


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, _ = await loop.subprocess_exec(lambda: Reverser(done), sys.executable, "-c", REVERSE,
                                              stderr=asyncio.subprocess.DEVNULL)
    stdin = transport.get_pipe_transport(0)
    stdin.write(b"stressed\n")
    print("stdin closing:", stdin.is_closing())
    stdin.close()
    print("stdin closing:", stdin.is_closing())
    print(await done)
    print("exit", transport.get_returncode())
    transport.close()


asyncio.run(main())
