"""A shell command that writes to stderr and exits with 3: check=True-style error handling by hand."""
import asyncio


class CommandFailed(Exception):
    pass


async def run(command):
    proc = await asyncio.create_subprocess_shell(command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    if proc.returncode:
        raise CommandFailed(f"{command!r} exited with {proc.returncode}: {err.decode().strip()}")
    return out.decode().strip()


async def main():
    print(await run("echo fine"))
    try:
        await run("echo partial; echo something broke >&2; exit 3")
    except CommandFailed as error:
        print("error:", error)


asyncio.run(main())
