"""A child writes 300 KB: readexactly in chunks gets it all; then a child writing one very long line
to a stdout stream with a small limit makes readline raise ValueError, and read() gets the rest."""
import asyncio
import sys


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "import sys; sys.stdout.buffer.write(b'z' * 300000)",
                                                stdout=asyncio.subprocess.PIPE)
    total = 0
    try:
        while True:
            total += len(await proc.stdout.readexactly(70000))
    except asyncio.IncompleteReadError as e:
        total += len(e.partial)
        print("partial", len(e.partial), "expected", e.expected)
    print("total", total, "exit", await proc.wait())
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "print('w' * 100); print('tail')",
                                                stdout=asyncio.subprocess.PIPE, limit=16)
    await asyncio.sleep(0.3)
    try:
        await proc.stdout.readline()
    except ValueError as e:
        print("ValueError:", e)
    print(await proc.stdout.read())
    print("exit", await proc.wait())


asyncio.run(main())
