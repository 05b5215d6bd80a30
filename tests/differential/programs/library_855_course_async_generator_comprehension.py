"""The companion exercise: an async generator yielding ten seeded numbers a "second" apart, a comprehension over it,
and four comprehensions gathered in parallel taking the time of one."""
import asyncio
import random
import time


async def async_generator():
    for _ in range(10):
        await asyncio.sleep(0.01)
        yield round(random.uniform(0, 10), 3)


async def async_comprehension():
    return [i async for i in async_generator()]


async def measure_runtime():
    start = time.perf_counter()
    await asyncio.gather(*(async_comprehension() for _ in range(4)))
    return time.perf_counter() - start


async def main():
    random.seed(0)
    print(await async_comprehension())
    elapsed = await measure_runtime()
    print("four in parallel took the time of one (ten sleeps of 0.01, not forty):", 0.09 < elapsed < 0.3)
    print(sorted(await async_comprehension())[:3])


asyncio.run(main())
