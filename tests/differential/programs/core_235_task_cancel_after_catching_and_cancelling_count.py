import asyncio


async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("caught", i, "cancelling", asyncio.current_task().cancelling())
    return "survived"


async def main():
    t = asyncio.create_task(stubborn())
    for _ in range(3):
        await asyncio.sleep(0)
        print("cancel returns", t.cancel())
    print(await t, t.cancelled(), t.cancelling())
    print("cancel done task:", t.cancel())
    t2 = asyncio.create_task(stubborn())
    t2.cancel()
    t2.cancel()
    print("before first step cancelling", t2.cancelling())
    await asyncio.sleep(0)
    print("uncancel", t2.uncancel(), t2.uncancel(), t2.uncancel())
    t2.cancel()
    await asyncio.sleep(0)
    t2.cancel()
    print(await t2)


asyncio.run(main())
