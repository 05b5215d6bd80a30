import asyncio


async def fails():
    await asyncio.sleep(0.01)
    raise KeyError("inner")


async def main():
    try:
        await asyncio.wait_for(fails(), timeout=0.05)
    except KeyError as e:
        print("KeyError passes through wait_for:", e)
    try:
        await asyncio.wait_for(fails(), timeout=None)
    except KeyError as e:
        print("also with timeout=None:", e)


asyncio.run(main())
