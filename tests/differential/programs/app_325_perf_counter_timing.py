"""Sequential vs concurrent, timed with time.perf_counter() (rounded)."""
import asyncio
import time


async def fake_io(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    start = time.perf_counter()
    for name, d in [("a", 0.1), ("b", 0.2), ("c", 0.1)]:
        await fake_io(name, d)
    sequential = time.perf_counter() - start
    print(f"sequential: {sequential:.1f}s")

    start = time.perf_counter()
    results = await asyncio.gather(fake_io("a", 0.1), fake_io("b", 0.2), fake_io("c", 0.1))
    concurrent = time.perf_counter() - start
    print(f"concurrent: {concurrent:.1f}s -> {results}")
    print(f"speed-up about {round(sequential / concurrent)}x")


asyncio.run(main())
