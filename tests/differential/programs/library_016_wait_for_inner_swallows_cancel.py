import asyncio


async def stubborn():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("stubborn swallowed the cancel")
        return "late value"


async def main():
    r = await asyncio.wait_for(stubborn(), timeout=0.01)
    print("wait_for returned", r)


asyncio.run(main())
