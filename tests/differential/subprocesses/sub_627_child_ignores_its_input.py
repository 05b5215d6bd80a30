"""A child that exits without reading its stdin: communicate() does not mind the broken pipe."""
import asyncio
import sys


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "print('not reading')",
                                                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(input=b"y" * 2_000_000)
    print(out.decode().strip(), err)
    print("exit", proc.returncode)


asyncio.run(main())
