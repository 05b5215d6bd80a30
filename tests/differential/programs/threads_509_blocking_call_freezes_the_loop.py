"""The classic mistake: time.sleep in a coroutine blocks every task; run_in_executor keeps the loop responsive."""
import asyncio
import time


async def ticker(label, stop):
    ticks = 0
    while not stop.is_set():
        await asyncio.sleep(0.1)
        ticks += 1
    print(f"{label}: ticker ticked {ticks} times")


async def with_blocking_sleep():
    stop = asyncio.Event()
    task = asyncio.create_task(ticker("blocking", stop))
    await asyncio.sleep(0)
    time.sleep(0.55)
    stop.set()
    await task


async def with_executor():
    stop = asyncio.Event()
    task = asyncio.create_task(ticker("executor", stop))
    await asyncio.get_running_loop().run_in_executor(None, time.sleep, 0.55)
    stop.set()
    await task


asyncio.run(with_blocking_sleep())
asyncio.run(with_executor())
