import asyncio


async def grandchild(n):
    await asyncio.sleep(0.01)
    print("grandchild", n, "done")


async def child(tg):
    print("child spawns siblings")
    for i in range(2):
        tg.create_task(grandchild(i))
    await asyncio.sleep(0)
    print("child done")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(tg))
        print("body done")
    print("group finished")


asyncio.run(main())
