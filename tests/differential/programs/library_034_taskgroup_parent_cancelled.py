import asyncio

# Children are cancelled in set-iteration order (unspecified): collect, sort.
cancelled = []

async def worker(name):
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("w1"))
            tg.create_task(worker("w2"))
        print("not reached")
    except asyncio.CancelledError:
        print("parent sees CancelledError; children cancelled:", sorted(cancelled))
        raise


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled:", t.cancelled())


asyncio.run(main())
