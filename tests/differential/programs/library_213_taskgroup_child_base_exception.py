import asyncio


class Stop(BaseException):
    pass


async def raiser():
    await asyncio.sleep(0.01)
    raise Stop("custom base")


async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raiser())
            tg.create_task(sibling())
    except BaseExceptionGroup as eg:
        print("group:", type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raiser())
            tg.create_task(sibling())
    except* Stop as eg:
        print("except* Stop:", repr(eg.exceptions[0]))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(raiser())
    print("not reached")


asyncio.run(main())
