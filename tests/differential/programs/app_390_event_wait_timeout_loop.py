"""A monitor waits for an Event with a timeout in a loop, counting the timeouts."""
import asyncio


async def monitor(evt):
    misses = 0
    while True:
        try:
            await asyncio.wait_for(evt.wait(), timeout=0.02)
            print(f"event seen after {misses} timeouts")
            return misses
        except asyncio.TimeoutError:
            misses += 1
            print(f"still waiting ({misses})")


async def main():
    evt = asyncio.Event()
    mon = asyncio.create_task(monitor(evt))
    await asyncio.sleep(0.07)
    evt.set()
    print("result:", await mon)


asyncio.run(main())
