import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    # CPython's loop.time() is time.monotonic()
    print("loop.time() matches time.monotonic():", abs(loop.time() - time.monotonic()) < 0.5)
    await asyncio.sleep(0.02)
    print("still matches after a sleep:", abs(loop.time() - time.monotonic()) < 0.5)


asyncio.run(main())
