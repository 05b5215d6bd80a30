import asyncio
import sys


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, sys.exit, 7)
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally")


try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit", e.code)
    raise
