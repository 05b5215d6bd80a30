"""timeout_at(None) never expires until rescheduled; when() follows reschedule; rescheduling to the past
expires at the next await, and expired() says so afterwards."""
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout_at(None) as cm:
            print("when:", cm.when())
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() - 1)
            print("rescheduled to the past, expired yet:", cm.expired())
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("expired:", cm.expired(), "after", round(loop.time() - start, 1))

asyncio.run(main())
