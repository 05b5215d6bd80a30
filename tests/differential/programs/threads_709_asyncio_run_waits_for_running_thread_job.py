"""main returns while a to_thread job is still sleeping in its worker: asyncio.run cancels the awaiting task,
but shutting down the default executor waits for the thread, whose print comes before the line after run."""
import asyncio
import time


def slow():
    time.sleep(0.3)
    print("thread: finished its sleep")
    return "never seen"


async def main():
    task = asyncio.create_task(asyncio.to_thread(slow))
    await asyncio.sleep(0.1)
    print("main returns, task done:", task.done())
    return task


task = asyncio.run(main())
print("after run; task cancelled:", task.cancelled())
