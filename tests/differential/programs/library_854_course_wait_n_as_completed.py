"""A common course exercise: wait_random(max_delay), wait_n spawning n of them and listing delays as they complete,
task_wait_n through tasks, and measure_time's average; delays seeded so they are far apart."""
import asyncio
import random
import time


async def wait_random(max_delay: int = 10) -> float:
    delay = round(random.uniform(0, max_delay), 1) / 100
    await asyncio.sleep(delay)
    return delay


def task_wait_random(max_delay: int) -> asyncio.Task:
    return asyncio.create_task(wait_random(max_delay))


async def wait_n(n: int, max_delay: int) -> list:
    delays = []
    for fut in asyncio.as_completed([wait_random(max_delay) for _ in range(n)]):
        delays.append(await fut)
    return delays


async def task_wait_n(n: int, max_delay: int) -> list:
    tasks = [task_wait_random(max_delay) for _ in range(n)]
    return [await t for t in asyncio.as_completed(tasks)]


def measure_time(n: int, max_delay: int) -> float:
    start = time.perf_counter()
    asyncio.run(wait_n(n, max_delay))
    return (time.perf_counter() - start) / n


def spread_out(delays):
    ordered = sorted(delays)
    return all(b - a >= 0.012 for a, b in zip(ordered, ordered[1:]))


random.seed(3080)  # delays at least 12 ms apart within each run
first = asyncio.run(wait_n(5, 10))
print(first, spread_out(first), first == sorted(first))
print(asyncio.run(task_wait_n(4, 10)))
print(type(asyncio.run(asyncio.sleep(0, task_wait_random))).__name__)
print(f"average per call: {measure_time(4, 10):.1f}")
