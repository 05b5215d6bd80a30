import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(0.01)
            cm.reschedule(loop.time() + 0.05)
            print("rescheduled")
            await asyncio.sleep(0.03)
            print("survived past the original deadline")
            cm.reschedule(None)
            await asyncio.sleep(0.02)
            print("no deadline any more")
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(0.04)
            print("not reached")
    except TimeoutError:
        print("timed out at", round(loop.time() - start, 1))


asyncio.run(main())
