"""Errors starting a child: a missing program, a cwd that does not exist; text=True
and universal_newlines refused with asyncio's messages; then a child that does start."""
import asyncio
import sys


async def main():
    attempts = [
        ("missing program", lambda: asyncio.create_subprocess_exec("/no/such/program")),
        ("missing cwd", lambda: asyncio.create_subprocess_exec(sys.executable, "-c", "pass", cwd="/no/such/dir")),
        ("text=True", lambda: asyncio.create_subprocess_exec(sys.executable, "-c", "pass", text=True)),
        ("universal_newlines", lambda: asyncio.create_subprocess_shell("true", universal_newlines=True)),
        ("bufsize", lambda: asyncio.create_subprocess_exec(sys.executable, "-c", "pass", bufsize=1)),
        ("encoding", lambda: asyncio.create_subprocess_exec(sys.executable, "-c", "pass", encoding="utf-8")),
    ]
    for name, start in attempts:
        try:
            proc = await start()
            print(name, "started, exit", await proc.wait())
        except (OSError, ValueError) as e:
            print(name, "->", type(e).__name__, e)
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "pass")
    print("and a child that starts exits with", await proc.wait())


asyncio.run(main())
