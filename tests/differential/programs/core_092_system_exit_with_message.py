import asyncio
import sys


async def main():
    print("about to exit with a message")
    await asyncio.sleep(0)
    sys.exit("fatal: giving up")


asyncio.run(main())
