"""An exception raised in a function run by to_thread comes back to the awaiting coroutine with its traceback
(the function's frames are there), its __context__ and __cause__ intact."""
import asyncio
import traceback


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise LookupError(f"no number in {text!r}") from e


async def main():
    try:
        await asyncio.to_thread(parse, "abc")
    except LookupError as e:
        print("caught:", repr(e))
        print("cause:", repr(e.__cause__))
        names = [frame.name for frame in traceback.extract_tb(e.__traceback__)]
        print("has main and parse frames:", "main" in names, "parse" in names)
    print(await asyncio.to_thread(parse, "12"))


asyncio.run(main())
