"""Run echo, ls and a Python one-liner at the same time with gather; print their outputs in order."""
import asyncio
import sys
from pathlib import Path


async def run(*command):
    proc = await asyncio.create_subprocess_exec(*command, stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await proc.communicate()
    return command[0] if command[0] != sys.executable else "python", proc.returncode, stdout.decode()


async def main():
    for name in ("b.txt", "a.txt", "c.txt"):
        Path(name).write_text(name)
    results = await asyncio.gather(
        run("echo", "hi there"),
        run("ls"),
        run(sys.executable, "-c", "print(sum(range(101)))"),
    )
    for name, code, output in results:
        print(f"[{name}] exit {code}")
        print(output, end="")


asyncio.run(main())
