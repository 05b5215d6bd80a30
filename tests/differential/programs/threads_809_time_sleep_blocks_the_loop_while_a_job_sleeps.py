"""time.sleep(1) in a coroutine blocks the loop while a to_thread job sleeps 0.5 s in its worker: the worker is
not blocked, so the job prints during the coroutine's sleep, before the line after it."""
import asyncio
import time


def job():
    time.sleep(0.5)
    print("job done")
    return 1


async def main():
    fut = asyncio.create_task(asyncio.to_thread(job))
    await asyncio.sleep(0.1)
    time.sleep(1)   # blocks the loop
    print("after blocking sleep")
    print(await fut)


asyncio.run(main())
