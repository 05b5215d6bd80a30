"""time.sleep in a coroutine blocks the whole loop: the ticker stalls, then catches up."""
import asyncio
import time


async def ticker(t0):
    for i in range(6):
        await asyncio.sleep(0.05)
        print(f"tick {i} at {time.monotonic() - t0:.1f}s")


async def bad_handler(t0):
    await asyncio.sleep(0.07)
    print(f"handler blocks at {time.monotonic() - t0:.1f}s")
    time.sleep(0.2)    # blocking! nothing else runs
    print(f"handler unblocked at {time.monotonic() - t0:.1f}s")


async def main():
    t0 = time.monotonic()
    await asyncio.gather(ticker(t0), bad_handler(t0))
    print(f"total {time.monotonic() - t0:.1f}s")


asyncio.run(main())
