"""A three-stage pipeline over bounded queues with None sentinels; the last stage's save is shielded, and
main cancels the pipeline half-way: the shielded save in progress completes, the rest stop."""
import asyncio

async def produce(out):
    for i in range(6):
        await out.put(i)
        print("produced", i)
    await out.put(None)

async def transform(inp, out):
    while (item := await inp.get()) is not None:
        await asyncio.sleep(0.1)
        await out.put(item * 10)
    await out.put(None)

async def save(x):
    await asyncio.sleep(0.15)
    print("saved", x)

async def consume(inp):
    try:
        while (item := await inp.get()) is not None:
            await asyncio.shield(save(item))
    except asyncio.CancelledError:
        print("consumer cancelled")
        raise

async def main():
    q1, q2 = asyncio.Queue(2), asyncio.Queue(1)
    tasks = [asyncio.create_task(produce(q1)), asyncio.create_task(transform(q1, q2)),
             asyncio.create_task(consume(q2))]
    await asyncio.sleep(0.42)
    for t in tasks:
        t.cancel()
    print([type(r).__name__ for r in await asyncio.gather(*tasks, return_exceptions=True)])
    await asyncio.sleep(0.2)
    print("q1", q1.qsize(), "q2", q2.qsize())

asyncio.run(main())
