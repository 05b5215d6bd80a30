import asyncio


async def fail(exc):
    await asyncio.sleep(0.01)
    raise exc


async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(ValueError("deep")))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner())
        tg.create_task(fail(KeyError("shallow")))
    print("not reached")


asyncio.run(main())
