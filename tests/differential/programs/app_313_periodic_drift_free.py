"""A periodic task scheduled against loop.time() so that it does not drift."""
import asyncio


async def periodic(interval, ticks, work):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for n in range(1, ticks + 1):
        await work(n)
        next_at = start + n * interval
        await asyncio.sleep(max(0, next_at - loop.time()))
        slot = round((loop.time() - start) / interval)   # which slot of the schedule we are in
        print(f"tick {n} in slot {slot}")


async def slow_work(n):
    await asyncio.sleep(0.015 if n % 2 else 0.005)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await periodic(0.03, 4, slow_work)
    print(f"total {loop.time() - t0:.1f}s")


asyncio.run(main())
