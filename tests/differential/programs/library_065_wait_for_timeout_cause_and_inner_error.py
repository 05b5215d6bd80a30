import asyncio


async def slow():
    await asyncio.sleep(0.05)


async def converts_cancel():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        raise ValueError("raised while being cancelled")


async def main():
    try:
        await asyncio.wait_for(slow(), 0.01)
    except TimeoutError as e:
        print("TimeoutError cause:", type(e.__cause__).__name__, "context:", type(e.__context__).__name__)
    try:
        await asyncio.wait_for(converts_cancel(), 0.01)
    except TimeoutError:
        print("TimeoutError")
    except ValueError as e:
        print("ValueError escapes wait_for:", e)


asyncio.run(main())
