"""stderr=STDOUT sends both streams down one pipe; proc.stderr is then None."""
import asyncio


async def main():
    proc = await asyncio.create_subprocess_shell("echo to-out; echo to-err >&2; echo out-again",
                                                 stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    print("separate stderr stream:", proc.stderr)
    out, err = await proc.communicate()
    print(out.decode().split())
    print("err:", err)


asyncio.run(main())
