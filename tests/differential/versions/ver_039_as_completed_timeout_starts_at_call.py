# changes: as_completed_iterator
# 3.13: as_completed(timeout=...) starts its timer when called; in 3.11 and 3.12 when iteration begins.
# (Whole seconds apart, rounded: real asyncio on a loaded machine wakes late, by less than half a second.)
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    slow = asyncio.create_task(asyncio.sleep(5))
    pending = asyncio.as_completed([slow], timeout=2)
    await asyncio.sleep(1)
    try:
        for next_done in pending:
            await next_done
    except TimeoutError:
        print("timed out after", round(loop.time() - start), "s")
    slow.cancel()


asyncio.run(main())
