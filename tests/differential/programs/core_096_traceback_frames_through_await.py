import asyncio
import traceback


async def leaf():
    await asyncio.sleep(0)
    raise ValueError("from leaf")


async def middle():
    await leaf()


async def main():
    try:
        await middle()
    except ValueError as e:
        print("direct await:", [f.name for f in traceback.extract_tb(e.__traceback__)])
    t = asyncio.create_task(middle())
    try:
        await t
    except ValueError as e:
        print("through a task:", [f.name for f in traceback.extract_tb(e.__traceback__)])
    try:
        await asyncio.gather(middle())
    except ValueError as e:
        print("through gather:", [f.name for f in traceback.extract_tb(e.__traceback__)])
    try:
        await asyncio.wait_for(middle(), 1)
    except ValueError as e:
        print("through wait_for:", [f.name for f in traceback.extract_tb(e.__traceback__)])


asyncio.run(main())
