"""asyncio.timeout rescheduled to an earlier deadline mid-sleep expires there; expired() and when() after,
and a timeout whose body finishes in time is not expired."""
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() + 0.2)
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out at", round(loop.time() - start, 1), repr(e), cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.5)
    print("in time", cm.expired(), round(cm.when() - start, 1))

asyncio.run(main())
