"""A TaskGroup failure that nobody catches ends the program with an ExceptionGroup."""
import asyncio


async def step(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise fail
        print(f"{name} ok")
    finally:
        print(f"{name} cleanup")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("migrate", 0.01))
        tg.create_task(step("index", 0.02, KeyError("missing column")))
        tg.create_task(step("vacuum", 0.05))
    print("unreachable")


asyncio.run(main())
