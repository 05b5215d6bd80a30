import asyncio


async def body():
    for i in range(3):
        try:
            await asyncio.sleep(0.05)
        except asyncio.CancelledError as e:
            print("cancel", i, "args", e.args, "cancelling", asyncio.current_task().cancelling())
    return "survived"


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    t.cancel("first")
    t.cancel("second")
    await asyncio.sleep(0)
    t.cancel("third")
    await asyncio.sleep(0)
    t.cancel()
    print(await t)


asyncio.run(main())
