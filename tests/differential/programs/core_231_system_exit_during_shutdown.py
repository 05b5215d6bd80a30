import asyncio
import sys


async def leftover():
    try:
        await asyncio.sleep(10)
    finally:
        print("leftover exits during shutdown")
        sys.exit(4)


async def other():
    try:
        await asyncio.sleep(10)
    finally:
        print("other finally")


async def main():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    print("main returns")
    return "value"


try:
    print(asyncio.run(main()))
finally:
    print("outer finally")
