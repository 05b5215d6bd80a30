import asyncio
import time


async def work():
    await asyncio.sleep(0.04)


async def main():
    start = time.perf_counter()
    await work()
    await work()
    print("sequential:", round(time.perf_counter() - start, 1))
    start = time.perf_counter()
    await asyncio.gather(work(), work())
    print("concurrent:", round(time.perf_counter() - start, 1))
    loop = asyncio.get_running_loop()
    start = loop.time()
    time.sleep(0.08)
    print("loop.time() across a blocking sleep:", round(loop.time() - start, 1))


asyncio.run(main())
