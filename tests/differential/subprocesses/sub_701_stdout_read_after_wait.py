"""A child writes a little and exits: wait() returns and the output is still there to read afterwards;
readline at EOF gives b'', read() at EOF gives b''; communicate() after all that returns empty output."""
import asyncio
import sys


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "print('first'); print('second')",
                                                stdout=asyncio.subprocess.PIPE)
    print("wait:", await proc.wait())
    print(await proc.stdout.readline())
    print(await proc.stdout.read())
    print(await proc.stdout.readline(), await proc.stdout.read(), proc.stdout.at_eof())
    print("communicate:", await proc.communicate())


asyncio.run(main())
