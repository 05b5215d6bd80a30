import asyncio


async def worker(name, barrier, delay):
    await asyncio.sleep(delay)
    print(name, "arrives, waiting:", barrier.n_waiting)
    index = await barrier.wait()
    print(name, "passes with index", index)
    index = await barrier.wait()
    print(name, "round two index", index)
    return index


async def main():
    barrier = asyncio.Barrier(3)
    print("parties", barrier.parties, "broken", barrier.broken)
    results = await asyncio.gather(
        worker("a", barrier, 0.02), worker("b", barrier, 0.01), worker("c", barrier, 0.03))
    print(results, barrier.n_waiting)
    async with asyncio.Barrier(1) as idx:
        print("single party index", idx)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
