import asyncio
import sys


async def child():
    await asyncio.sleep(0.01)
    print("child calls sys.exit(4)")
    sys.exit(4)


async def main():
    asyncio.create_task(child())
    try:
        await asyncio.sleep(0.03)
        print("not reached: SystemExit stops the loop")
    finally:
        print("main finally")


try:
    asyncio.run(main())
finally:
    print("asyncio.run left")
