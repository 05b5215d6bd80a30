"""Cooperative multitasking: three tasks yield with sleep(0) and interleave round-robin."""
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} finished")
    return name


async def greedy():
    total = 0
    for i in range(1_000):
        total += i      # never yields: nobody else runs meanwhile
    print("greedy finished without yielding, total", total)


async def main():
    results = await asyncio.gather(worker("A", 3), greedy(), worker("B", 2), worker("C", 1))
    print("order of results:", results)


asyncio.run(main())
