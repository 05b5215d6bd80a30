"""Several shell commands at once, each exiting with its own status."""
import asyncio


async def exit_with(code):
    proc = await asyncio.create_subprocess_shell(f"exit {code}")
    return await proc.wait()


async def main():
    codes = await asyncio.gather(*(exit_with(code) for code in (0, 1, 7, 42, 255)))
    print(codes)
    print("failures:", sum(1 for code in codes if code))


asyncio.run(main())
