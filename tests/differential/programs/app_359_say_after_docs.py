"""The say_after example from the asyncio docs, awaited in sequence, then as tasks, then in a TaskGroup."""
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    t0 = time.monotonic()
    print(f"started at {time.monotonic() - t0:.1f}")
    await say_after(0.1, "hello")
    await say_after(0.2, "world")
    print(f"finished sequential at {time.monotonic() - t0:.1f}")

    task1 = asyncio.create_task(say_after(0.1, "hello"))
    task2 = asyncio.create_task(say_after(0.2, "world"))
    await task1
    await task2
    print(f"finished tasks at {time.monotonic() - t0:.1f}")

    async with asyncio.TaskGroup() as tg:
        tg.create_task(say_after(0.2, "world"))
        tg.create_task(say_after(0.1, "hello"))
    print(f"finished group at {time.monotonic() - t0:.1f}")


asyncio.run(main())
