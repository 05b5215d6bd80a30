"""Barrier phases with wait()'s index, and Condition.wait_for(predicate) with notify_all."""
import asyncio


async def runner(name, barrier, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} arrives")
    index = await barrier.wait()
    print(f"{name} passes with index {index}")


async def consumer(name, cond, items):
    async with cond:
        await cond.wait_for(lambda: len(items) >= 2)
        print(f"{name} takes {items.pop(0)}")


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(runner("r1", barrier, 0.2), runner("r2", barrier, 0.1), runner("r3", barrier, 0.3))
    print("barrier:", barrier.n_waiting, barrier.broken)

    cond = asyncio.Condition()
    items = []
    consumers = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(3)]
    for i in range(4):
        await asyncio.sleep(0.1)
        async with cond:
            items.append(i)
            print("produced", i)
            cond.notify_all()
    await asyncio.sleep(0.1)
    print("left:", items, [c.done() for c in consumers])
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)


asyncio.run(main())
