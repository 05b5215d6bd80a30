"""The pitfall the docs warn about: wait() while the child's stdout pipe is not read. The loop buffers the
output only up to twice the stream's limit, then stops reading, the pipe fills, the child blocks writing and
wait() never returns (here: a 1 s timeout says so); reading the output lets the child finish."""
import asyncio
import sys

CHILD = "import sys; sys.stdout.buffer.write(b'x' * 400_000); sys.stdout.flush(); print('child done', file=sys.stderr)"


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE,
                                                limit=1024)
    try:
        await asyncio.wait_for(proc.wait(), timeout=1.0)
        print("wait returned")
    except asyncio.TimeoutError:
        print("wait timed out; returncode", proc.returncode)
    data = await proc.stdout.read()
    print("read", len(data), "bytes; exit", await proc.wait())


asyncio.run(main())
