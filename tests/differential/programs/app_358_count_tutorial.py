"""The classic 'count' tutorial: sequential vs concurrent, with elapsed time."""
import asyncio
import time


async def count(i):
    print(f"One {i}")
    await asyncio.sleep(0.1)
    print(f"Two {i}")


async def main():
    await asyncio.gather(count(1), count(2), count(3))


def sync_count(i):
    print(f"One {i}")
    time.sleep(0.1)
    print(f"Two {i}")


if __name__ == "__main__":
    s = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - s
    print(f"async executed in {elapsed:0.1f} seconds.")
    s = time.perf_counter()
    for i in range(1, 4):
        sync_count(i)
    print(f"sync executed in {time.perf_counter() - s:0.1f} seconds.")
