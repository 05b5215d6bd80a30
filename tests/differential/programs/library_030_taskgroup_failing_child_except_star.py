import asyncio

# Siblings are cancelled in the iteration order of the group's internal set
# (not specified), so the cancellations are collected and printed sorted.
cancelled = []

async def worker(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def bad():
    await asyncio.sleep(0.01)
    print("bad raises")
    raise ValueError("bad child")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("w1", 0.04))
            tg.create_task(bad())
            tg.create_task(worker("w2", 0.05))
            print("body waiting")
    except* ValueError as eg:
        print("caught", type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])
    print("cancelled:", sorted(cancelled))
    print("after group")


asyncio.run(main())
