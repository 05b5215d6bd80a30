"""__cause__ (raise ... from) and __context__ (raise while handling) travel with an exception out
of gather, with and without return_exceptions."""
import asyncio

class AppError(Exception):
    pass

async def low():
    await asyncio.sleep(0)
    raise KeyError("k")

async def mid():
    try:
        await low()
    except KeyError as e:
        raise AppError("mid failed") from e

async def other():
    try:
        await asyncio.sleep(0)
        {}["x"]
    except KeyError:
        raise ValueError("while handling")

async def main():
    res = await asyncio.gather(mid(), other(), return_exceptions=True)
    for r in res:
        print(type(r).__name__, r, "| cause:", repr(r.__cause__), "| context:", repr(r.__context__), r.__suppress_context__)
    try:
        await asyncio.gather(mid(), other())
    except Exception as e:
        print("first:", repr(e), repr(e.__cause__), repr(e.__context__))

asyncio.run(main())
