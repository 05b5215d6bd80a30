import asyncio


async def stubborn():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("ignoring cancel, cancelling() =", asyncio.current_task().cancelling())
    await asyncio.sleep(0.01)
    print("still running")
    return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    r = await t
    print("result:", r, "cancelled:", t.cancelled(), "cancelling:", t.cancelling())


asyncio.run(main())
