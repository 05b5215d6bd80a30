import asyncio


async def whoami():
    return asyncio.current_task().get_name()


async def main():
    print("gather children:", await asyncio.gather(whoami(), whoami()))
    print("wait_for inner:", await asyncio.wait_for(whoami(), 1))
    print("shield inner:", await asyncio.shield(whoami()))
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(whoami())
    print("taskgroup child:", t.result())
    print("next plain task:", await asyncio.create_task(whoami()))


asyncio.run(main())
