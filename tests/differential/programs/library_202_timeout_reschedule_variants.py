import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.1)
            await asyncio.sleep(0.05)
            print("still running")
            cm.reschedule(loop.time() + 0.17)   # expires at 0.22: far from a rounding boundary
            await asyncio.sleep(0.07)
            print("pushed back")
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out at", round(loop.time() - t0, 1))
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
        print("no deadline any more")
    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(loop.time() - 1)
            print("rescheduled into the past")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline fires at once")
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    fresh = asyncio.timeout(1)
    try:
        fresh.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with fresh:
        pass
    try:
        async with fresh:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
