import asyncio


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("inner failure")


async def sibling(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group())
            outer.create_task(sibling("outer sibling", 0.05))
    except* ValueError as eg:
        print("outer caught:", repr(eg))
        print("nested:", repr(eg.exceptions[0]))


asyncio.run(main())
