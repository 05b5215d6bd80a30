"""communicate(input=...) feeds the child's stdin, closes it, and collects what comes back."""
import asyncio
import sys

UPPER = "import sys; data = sys.stdin.read(); print(data.upper(), end=''); print(len(data), file=sys.stderr)"


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", UPPER, stdin=asyncio.subprocess.PIPE,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(input=b"hello\nasyncio\n")
    print(out.decode(), end="")
    print("bytes read by the child:", err.decode().strip())
    print("exit", proc.returncode)


asyncio.run(main())
