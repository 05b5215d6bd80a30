"""Twelve to_thread calls of a blocking 0.1 s sleep at once: the default executor runs min(32, cpus + 4) of them
at a time, so the batch takes a multiple of 0.1 s that depends on the machine's CPU count (printed as ratio)."""
import asyncio
import os
import time


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(*(asyncio.to_thread(time.sleep, 0.1) for _ in range(12)))
    workers = min(32, (os.cpu_count() or 1) + 4)
    rounds = -(-12 // workers)
    print("rounds as expected:", round((loop.time() - start) / 0.1) == rounds)


asyncio.run(main())
