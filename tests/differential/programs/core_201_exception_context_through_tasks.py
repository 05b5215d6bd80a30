import asyncio


async def inner():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")


async def middle():
    try:
        await inner()
    except ValueError as e:
        print("middle caught", repr(e), "context", repr(e.__context__))
        raise RuntimeError("third") from e


async def main():
    t = asyncio.create_task(middle())
    try:
        await t
    except RuntimeError as e:
        print("main caught", repr(e))
        print("cause", repr(e.__cause__))
        print("cause context", repr(e.__cause__.__context__))
        print("suppress", e.__suppress_context__)
    try:
        await asyncio.gather(middle(), middle())
    except RuntimeError as e:
        print("gather", repr(e), repr(e.__cause__))
    try:
        try:
            await t
        except RuntimeError:
            raise LookupError("while handling")
    except LookupError as e:
        print("context of new error", repr(e.__context__))
    raise TypeError("final") from None


asyncio.run(main())
