"""The docs' asyncio.timeout(None) example: deadline unknown at entry, rescheduled once known; expired() after."""
import asyncio


async def long_running_task(n):
    await asyncio.sleep(n)
    return n


async def attempt(work, budget):
    loop = asyncio.get_running_loop()
    cm = None
    try:
        async with asyncio.timeout(None) as cm:
            print("deadline at entry:", cm.when())
            cm.reschedule(loop.time() + budget)
            print("rescheduled, expired yet?", cm.expired())
            result = await long_running_task(work)
            print("finished with", result)
    except TimeoutError:
        print("TimeoutError caught outside the block")
    if cm.expired():
        print(f"work {work} in budget {budget}: looks like we haven't finished on time")
    else:
        print(f"work {work} in budget {budget}: in time")


async def main():
    await attempt(0.1, 0.3)
    await attempt(0.3, 0.1)
    async with asyncio.timeout(0.5) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.6)
    print("a timeout rescheduled to None never fires:", cm.expired())


asyncio.run(main())
