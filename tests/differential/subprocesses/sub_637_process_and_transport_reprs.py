"""print() of a child process's objects: the subprocess transport lists its pipe transports
(stdin=<_UnixWritePipeTransport ...> stdout=<_UnixReadPipeTransport ...>), running and then closed
with its return code, and the StreamWriter of its stdin shows no reader."""
import asyncio
import re


def hide_numbers(obj):  # pids and descriptors are the jail's
    return re.sub(r"(pid|fd)=\d+", r"\1=N", repr(obj))


async def main():
    proc = await asyncio.create_subprocess_exec(
        "cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    print(type(proc._transport).__name__, type(proc.stdin.transport).__name__)
    print(hide_numbers(proc._transport))
    print(hide_numbers(proc.stdin))
    print(hide_numbers(proc.stdout))
    out, err = await proc.communicate(b"hi")
    print(out, err, proc.returncode)
    # The transport closes once the child's exit and the ends of its pipes are all seen, which come in real
    # time and in either order: whether it is closed the moment communicate() returns is a race. Later it is.
    await asyncio.sleep(0.1)
    print(hide_numbers(proc._transport))
    quiet = await asyncio.create_subprocess_shell("exit 3", stdout=asyncio.subprocess.DEVNULL)
    print(await quiet.wait(), hide_numbers(quiet._transport))


asyncio.run(main())
