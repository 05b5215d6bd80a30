"""When wait_for gives up (after its timeout, or at once for a timeout of 0) the coroutine it cancelled is let go
of once the TimeoutError has been handled: what it held in locals is freed by the time the program has yielded
once more (3.11 at once: its wait_for ran the coroutine in a task of its own, whose CancelledError nothing keeps),
not at a later garbage collection."""
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


async def slow(name):
    resource = Resource(name)
    await asyncio.sleep(1)


async def main():
    try:
        await asyncio.wait_for(slow("after a timeout of 0.01"), 0.01)
    except TimeoutError:
        print("timed out")
    await asyncio.sleep(0)
    print("moving on")

    task = asyncio.create_task(slow("in a task, timeout 0"))
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(task, 0)
    except TimeoutError:
        print("timed out at once, task cancelled:", task.cancelled())
    print("moving on, still holding the task")


asyncio.run(main())
