"""A nested TaskGroup whose child fails: the inner group's ExceptionGroup fails the outer group's task,
which cancels the outer sibling; the outer error nests the inner group."""
import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("deep")

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())

async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(sibling())
    except ExceptionGroup as eg:
        print(eg)
        print(eg.exceptions[0])
        print(repr(eg.exceptions[0].exceptions[0]))

asyncio.run(main())
