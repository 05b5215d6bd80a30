import asyncio


async def quick():
    await asyncio.sleep(0.01)
    print("quick child done")


async def stuck(fut):
    print("stuck child waiting")
    await fut


async def main():
    fut = asyncio.get_running_loop().create_future()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(quick())
        tg.create_task(stuck(fut))
    print("never printed")


asyncio.run(main())
