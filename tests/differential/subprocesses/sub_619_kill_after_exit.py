"""Signalling a child that has already been waited for raises ProcessLookupError."""
import asyncio


async def main():
    proc = await asyncio.create_subprocess_exec("true")
    print("exit", await proc.wait())
    for action in (proc.kill, proc.terminate):
        try:
            action()
        except ProcessLookupError as error:
            print(action.__name__, "->", type(error).__name__)


asyncio.run(main())
