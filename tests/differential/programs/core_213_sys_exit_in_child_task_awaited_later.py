import asyncio
import sys


async def child():
    print("child exits")
    sys.exit(3)


async def other():
    try:
        await asyncio.sleep(1)
    finally:
        print("other finally")


async def main():
    asyncio.create_task(other())
    t = asyncio.create_task(child())
    # main is left over too: only one of the two leftovers prints, since asyncio.run cancels them in set order.
    await asyncio.sleep(0.01)
    print("main continues?")


try:
    asyncio.run(main())
finally:
    print("outside finally")
