"""An uncaught ExceptionGroup from nested TaskGroups with two failures: the program exits with 1 and the
last line of the traceback is the last leaf's."""
import asyncio

async def fail(d, exc):
    await asyncio.sleep(d)
    raise exc

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(0.1, ValueError("one")))
        tg.create_task(fail(0.1, KeyError("two")))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner())
        tg.create_task(fail(0.2, TypeError("late")))
    print("unreachable")

asyncio.run(main())
