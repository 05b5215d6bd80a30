import asyncio
import sys


async def leftover():
    try:
        await asyncio.sleep(0.05)
    finally:
        print("leftover finally")


async def main():
    asyncio.create_task(leftover())
    await asyncio.sleep(0.01)
    print("exiting with status 3")
    sys.exit(3)


asyncio.run(main())
print("not reached")
