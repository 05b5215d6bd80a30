import asyncio
import sys


async def exits():
    await asyncio.sleep(0.01)
    print("child calls sys.exit(5)")
    sys.exit(5)


async def sibling():
    try:
        await asyncio.sleep(0.05)
    finally:
        print("sibling finally")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(exits())
            tg.create_task(sibling())
    finally:
        print("main finally")


asyncio.run(main())
