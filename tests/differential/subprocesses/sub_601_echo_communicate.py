"""The first subprocess of every tutorial: run echo, collect its output with communicate()."""
import asyncio


async def main():
    proc = await asyncio.create_subprocess_exec("echo", "hello", "world", stdout=asyncio.subprocess.PIPE)
    stdout, stderr = await proc.communicate()
    print("stdout:", stdout)
    print("stderr:", stderr)
    print("returncode:", proc.returncode)


asyncio.run(main())
