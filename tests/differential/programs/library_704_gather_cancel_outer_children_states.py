"""Cancelling the future gather() returns cancels every pending child; awaiting it raises CancelledError;
a child already done keeps its result."""
import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    tasks = [asyncio.create_task(job(i)) for i in (0, 1, 2)]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.5)
    print("cancel", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print([t.cancelled() for t in tasks], tasks[0].result())
    print(g.cancelled(), g.done())

asyncio.run(main())
