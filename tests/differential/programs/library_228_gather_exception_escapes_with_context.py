import asyncio


async def fails():
    try:
        await asyncio.sleep(0.01)
        raise KeyError("first")
    except KeyError as e:
        raise RuntimeError("wrapped") from e


async def slow():
    await asyncio.sleep(0.02)
    print("slow still finishes")


async def main():
    try:
        await asyncio.gather(fails(), slow())
    except RuntimeError as e:
        print("caught", repr(e), "cause", repr(e.__cause__))
        await asyncio.sleep(0.02)
        raise LookupError("while handling")


asyncio.run(main())
