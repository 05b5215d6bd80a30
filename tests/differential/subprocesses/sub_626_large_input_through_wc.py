"""A megabyte through a child's stdin: more than a pipe holds, so the writing waits for the child to read."""
import asyncio


async def main():
    proc = await asyncio.create_subprocess_exec("wc", "-c", stdin=asyncio.subprocess.PIPE,
                                                stdout=asyncio.subprocess.PIPE)
    data = b"x" * 1_000_000
    out, _ = await proc.communicate(input=data)
    print("wc counted", int(out))
    print("exit", proc.returncode)


asyncio.run(main())
