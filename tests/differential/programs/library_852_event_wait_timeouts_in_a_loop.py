"""A worker polls for a stop Event with wait_for(event.wait(), interval), doing a tick of work between polls."""
import asyncio


async def worker(stop, interval):
    ticks = 0
    while True:
        try:
            await asyncio.wait_for(stop.wait(), interval)
            print(f"worker: stop seen after {ticks} ticks")
            return ticks
        except TimeoutError:
            ticks += 1
            print(f"worker: tick {ticks}")


async def main():
    stop = asyncio.Event()
    task = asyncio.create_task(worker(stop, 0.1))
    await asyncio.sleep(0.35)
    print("main: setting stop")
    stop.set()
    print("main: worker returned", await task)
    stop.clear()
    task = asyncio.create_task(worker(stop, 0.1))
    await asyncio.sleep(0.05)
    stop.set()
    print("main: quick stop, worker returned", await task)


asyncio.run(main())
