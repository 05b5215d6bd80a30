"""create_subprocess_shell runs a pipeline through /bin/sh."""
import asyncio


async def main():
    proc = await asyncio.create_subprocess_shell(
        "printf 'pear\\napple\\nfig\\napple\\n' | sort | uniq -c",
        stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    for line in out.decode().splitlines():
        count, word = line.split()
        print(word, count)
    print("exit", proc.returncode)


asyncio.run(main())
