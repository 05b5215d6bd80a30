"""A program that does not exist: create_subprocess_exec raises FileNotFoundError at once."""
import asyncio


async def main():
    try:
        await asyncio.create_subprocess_exec("no-such-program-here", "--help")
    except FileNotFoundError as error:
        print(type(error).__name__, error.errno, error.filename)
    shell = await asyncio.create_subprocess_shell("no-such-program-here 2>/dev/null")
    print("through the shell instead:", await shell.wait())


asyncio.run(main())
