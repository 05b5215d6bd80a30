# changes: wait_for_uses_timeout
# A task cancelled while it waits in wait_for: 3.11 cancels the inner task and waits for it;
# 3.12+ cancels the task that runs the coroutine itself. Who runs the handler differs.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled, in", asyncio.current_task().get_name())
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("outer cancelled, in", asyncio.current_task().get_name())
        raise


async def main():
    task = asyncio.create_task(outer(), name="outer")
    await asyncio.sleep(0.05)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print("tasks left:", len(asyncio.all_tasks()))


asyncio.run(main())
