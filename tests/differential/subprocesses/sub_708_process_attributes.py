"""A Process's attributes: pid is an int and the transport's pid, stdin/stdout/stderr types with pipes,
the transport's get_returncode and get_pipe_transport, and is_closing after the child exits."""
import asyncio
import sys


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "import sys; sys.stdin.read(); print('ok')",
                                                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.PIPE)
    transport = proc._transport
    print(type(proc).__name__, type(proc.stdin).__name__, type(proc.stdout).__name__, type(proc.stderr).__name__)
    print("pid matches:", proc.pid == transport.get_pid(), isinstance(proc.pid, int))
    print("returncode:", transport.get_returncode())
    print("pipes:", [type(transport.get_pipe_transport(fd)).__name__ for fd in (0, 1, 2)])
    print("is_closing:", transport.is_closing())
    print(await proc.communicate(b"data"))
    print("returncode:", transport.get_returncode(), "is_closing:", transport.is_closing())


asyncio.run(main())
