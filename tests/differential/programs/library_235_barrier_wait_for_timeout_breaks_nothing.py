import asyncio


async def party(name, barrier, delay):
    await asyncio.sleep(delay)
    try:
        idx = await asyncio.wait_for(barrier.wait(), timeout=0.06)
        print(name, "passed", idx)
    except TimeoutError:
        print(name, "timed out; n_waiting now", barrier.n_waiting)


async def main():
    b = asyncio.Barrier(2)
    await asyncio.gather(party("early", b, 0), party("late", b, 0.12))
    print("n_waiting", b.n_waiting, "broken", b.broken)
    await asyncio.gather(party("x", b, 0), party("y", b, 0.02))
    async with asyncio.TaskGroup() as tg:
        for i in range(4):
            tg.create_task(party(f"p{i}", b, 0.001 * 0))
    print("done", b.n_waiting)


asyncio.run(main())
