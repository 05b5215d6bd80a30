"""An async generator yields inside asyncio.timeout. The timeout belongs to the consuming task: expiring
while the generator itself sleeps, it comes out of __anext__ as TimeoutError; expiring while the consumer
sleeps between items, that sleep is what gets cancelled, as a plain CancelledError; aclose() then runs the
timeout's exit with GeneratorExit, which it lets through quietly, taking back its cancellation
(cancelling() back to 0)."""
import asyncio

async def items(limit):
    async with asyncio.timeout(limit):
        for i in range(5):
            await asyncio.sleep(0.1)
            yield i

async def consume(limit):
    g = items(limit)
    try:
        async for i in g:
            print(limit, "item", i)
            await asyncio.sleep(0.1)
            print(limit, "processed", i)
    except asyncio.CancelledError:
        print(limit, "consumer cancelled, cancelling:", asyncio.current_task().cancelling())
        try:
            await g.aclose()
        except BaseException as e:
            print(limit, "aclose raised", type(e).__name__)
        print(limit, "after aclose, cancelling:", asyncio.current_task().cancelling())
    except TimeoutError:
        print(limit, "TimeoutError from the generator")

async def main():
    await consume(0.25)
    await consume(0.15)

asyncio.run(main())
