# changes: communicate_closes_stdin
# 3.12: communicate() without input still closes the child's stdin when it is a pipe, so a child that reads its
# stdin to the end finishes; on 3.11 stdin stays open and the child waits for ever (here: until the timeout).
import asyncio
import sys

COUNT = "import sys; print(len(sys.stdin.read()), 'bytes')"


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", COUNT, stdin=asyncio.subprocess.PIPE,
                                                stdout=asyncio.subprocess.PIPE)
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout=3)
        print("child said:", out.decode().strip())
    except asyncio.TimeoutError:
        print("still waiting for stdin's end")
        proc.kill()
        await proc.wait()
    print("returncode:", proc.returncode)


asyncio.run(main())
