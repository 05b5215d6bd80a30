"""A task cancelled while it waits ends holding its CancelledError, whose traceback holds the coroutine's frames:
dropping the task frees them at once (a local of the coroutine goes right then), not at a later garbage
collection: no frame of the loop's in that traceback holds the exception in a cycle."""
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


async def holder(name):
    resource = Resource(name)
    await asyncio.sleep(1)


async def main():
    task = asyncio.create_task(holder("cancelled by main"))
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.sleep(0)
    print("cancelled:", task.cancelled())
    del task
    print("dropped the task")


asyncio.run(main())
print("after run")
