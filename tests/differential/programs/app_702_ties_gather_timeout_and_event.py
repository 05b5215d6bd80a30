"""A producer sets an event after 0.5 s while consumers wait with timeouts of 0.5 s and 1 s, and a
watchdog sleeps 0.5 s: at the tie the timeout set first fires first."""
import asyncio

async def producer(ev):
    await asyncio.sleep(0.5)
    print("producer sets")
    ev.set()

async def consumer(ev, name, t):
    try:
        async with asyncio.timeout(t):
            await ev.wait()
        print(name, "got event")
    except TimeoutError:
        print(name, "timed out")

async def watchdog():
    await asyncio.sleep(0.5)
    print("watchdog")

async def main():
    ev = asyncio.Event()
    await asyncio.gather(consumer(ev, "c1", 0.5), producer(ev), consumer(ev, "c2", 1), watchdog(),
                         consumer(ev, "c3", 0.5))

asyncio.run(main())
