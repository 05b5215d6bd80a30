import asyncio


async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("boom in group")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad())
        tg.create_task(asyncio.sleep(0.05))
    print("not reached")


asyncio.run(main())
