"""A child reading its stdin line by line: write + drain, is_closing, close + wait_closed of stdin, and the
child's answer; writing to stdin after close is silently dropped; can_write_eof on the pipe."""
import asyncio
import sys

CHILD = """
import sys
for line in sys.stdin:
    print("child got", line.strip(), flush=True)
print("child: eof")
"""


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", CHILD, stdin=asyncio.subprocess.PIPE,
                                                stdout=asyncio.subprocess.PIPE)
    print("can_write_eof:", proc.stdin.can_write_eof())
    for word in ("alpha", "beta"):
        proc.stdin.write(word.encode() + b"\n")
        await proc.stdin.drain()
        print(await proc.stdout.readline())
    print("closing:", proc.stdin.is_closing())
    proc.stdin.close()
    print("closing:", proc.stdin.is_closing())
    await proc.stdin.wait_closed()
    proc.stdin.write(b"ignored\n")
    print(await proc.stdout.read())
    print("exit", await proc.wait())


asyncio.run(main())
