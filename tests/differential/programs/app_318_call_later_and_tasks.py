"""Mixing call_soon / call_later callbacks with tasks."""
import asyncio


def reminder(label, loop, t0):
    print(f"callback {label}")


async def job(name, delay, loop, t0):
    print(f"{name} started")
    await asyncio.sleep(delay)
    print(f"{name} finished")


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.call_later(0.04, reminder, "later-0.04", loop, t0)
    loop.call_soon(reminder, "soon", loop, t0)
    h = loop.call_later(0.06, reminder, "never", loop, t0)
    loop.call_at(t0 + 0.1, reminder, "at-0.1", loop, t0)
    task = asyncio.create_task(job("job-A", 0.08, loop, t0))
    print("scheduled everything")
    await asyncio.sleep(0)
    h.cancel()
    print("cancelled one timer:", h.cancelled())
    await job("job-B", 0.02, loop, t0)
    await task
    await asyncio.sleep(0.04)
    print("main done")


asyncio.run(main())
