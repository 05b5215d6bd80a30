"""Without pipes there is nothing to read: communicate() gives (None, None); DEVNULL discards output."""
import asyncio


async def main():
    quiet = await asyncio.create_subprocess_exec("echo", "nobody hears this", stdout=asyncio.subprocess.DEVNULL)
    print(quiet.stdin, quiet.stdout, quiet.stderr)
    print(await quiet.communicate())
    print("exit", quiet.returncode)
    plain = await asyncio.create_subprocess_exec("true")
    print(await plain.communicate(), plain.returncode)


asyncio.run(main())
