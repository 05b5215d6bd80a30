"""communicate(input=...) on a child whose stdin is not a pipe: 3.11 tries to feed the missing stdin and fails
with AttributeError; from 3.12 the input is ignored, and with stdout not a pipe the result holds None."""
import asyncio
import sys


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "import sys; print('out'); print('err', file=sys.stderr)",
                                                stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL,
                                                stderr=asyncio.subprocess.PIPE)
    print(proc.stdin, proc.stdout, type(proc.stderr).__name__)
    print(await proc.communicate(input=b"nobody reads this"))
    print(proc.returncode)


asyncio.run(main())
