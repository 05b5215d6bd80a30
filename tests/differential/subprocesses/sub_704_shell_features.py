"""create_subprocess_shell: a pipeline, variables, exit status of the last command, stderr of a failing
command, and a shell that is killed (returncode of the shell itself)."""
import asyncio


async def main():
    proc = await asyncio.create_subprocess_shell("printf 'b\\na\\nc\\n' | sort | tr a-z A-Z",
                                                 stdout=asyncio.subprocess.PIPE)
    print(await proc.communicate())
    proc = await asyncio.create_subprocess_shell("X=42; echo value=$X; false", stdout=asyncio.subprocess.PIPE)
    print(await proc.communicate(), proc.returncode)
    proc = await asyncio.create_subprocess_shell("ls /no/such/dir", stdout=asyncio.subprocess.PIPE,
                                                 stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    print(out, b"No such file" in err, proc.returncode)
    proc = await asyncio.create_subprocess_shell("exit 7")
    print("exit 7 ->", await proc.wait())


asyncio.run(main())
