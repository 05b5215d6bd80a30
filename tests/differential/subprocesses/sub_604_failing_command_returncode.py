"""A failing command: its return code and its error message on stderr."""
import asyncio


async def main():
    proc = await asyncio.create_subprocess_exec("ls", "/no/such/folder", stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    print("returncode:", proc.returncode)
    print("stdout:", out)
    print("stderr mentions the folder:", b"/no/such/folder" in err)
    if proc.returncode != 0:
        print("command failed")


asyncio.run(main())
