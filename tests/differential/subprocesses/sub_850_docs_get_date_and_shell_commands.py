"""The docs' subprocess examples: read a child's line of output (get_date), and shell commands run concurrently
(each ends a few tenths of a second after the one before: two that end at once would finish in either order)."""
import asyncio
import sys


async def get_date():
    code = "import datetime; print(datetime.date(2024, 2, 29) + datetime.timedelta(days=1))"
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", code, stdout=asyncio.subprocess.PIPE)
    data = await proc.stdout.readline()
    line = data.decode("ascii").rstrip()
    await proc.wait()
    return line


async def run(cmd):
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE,
                                                 stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await proc.communicate()
    print(f"[{cmd!r} exited with {proc.returncode}]")
    if stdout:
        print(f"[stdout]\n{stdout.decode()}", end="")
    if stderr:
        print(f"[stderr] {len(stderr) > 0}")


async def main():
    print(f"Current date: {await get_date()}")
    await run("echo one; sleep 0.3; echo two")
    await asyncio.gather(run("sleep 0.9; echo slow"), run("exit 3"), run("sleep 0.4; echo fast >&2"))


asyncio.run(main())
