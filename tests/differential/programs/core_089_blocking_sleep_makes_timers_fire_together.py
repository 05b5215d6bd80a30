import asyncio
import time


async def a():
    await asyncio.sleep(0.01)
    print("A woke")
    await asyncio.sleep(0)
    print("A after sleep(0)")


async def b():
    await asyncio.sleep(0.03)
    print("B woke")


async def main():
    ta = asyncio.create_task(a())
    tb = asyncio.create_task(b())
    await asyncio.sleep(0)
    print("main blocks the loop with time.sleep")
    time.sleep(0.06)
    print("main unblocks")
    await asyncio.gather(ta, tb)


asyncio.run(main())
