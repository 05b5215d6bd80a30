"""`async for line in proc.stdout` reads a child's output line by line until EOF."""
import asyncio


async def main():
    proc = await asyncio.create_subprocess_shell("for word in one two three; do echo $word; done",
                                                 stdout=asyncio.subprocess.PIPE)
    lines = []
    async for line in proc.stdout:
        lines.append(line.decode().strip())
        print(len(lines), lines[-1])
    await proc.wait()
    print("at EOF:", proc.stdout.at_eof(), "exit:", proc.returncode)


asyncio.run(main())
