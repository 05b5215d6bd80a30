import asyncio


async def child(name, cleanup):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        # TaskGroup cancels its children in set order: print only after clean-ups of different lengths.
        await asyncio.sleep(cleanup)
        print(name, "cleaned after", cleanup)
        raise


async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1", 0.02))
            tg.create_task(child("c2", 0.01))
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("parent sees CancelledError, cancelling", asyncio.current_task().cancelling())
        raise
    finally:
        print("parent finally")


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel("outer msg")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main: parent cancelled", e.args)


asyncio.run(main())
