"""A task (or future) whose error was retrieved with result() is freed as soon as the program drops it, and so
are the frames its traceback holds: the objects the failed coroutine kept in locals go right then, not at a later
garbage collection (asyncio's C result() adds no frame that would hold the task in a cycle)."""
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


async def fails(name):
    resource = Resource(name)
    raise ValueError(f"{resource.name} failed")


async def main():
    task = asyncio.create_task(fails("task's"))
    await asyncio.sleep(0)
    try:
        task.result()
    except ValueError as error:
        print("result() raised", error)
    del task
    print("dropped the task")

    future = asyncio.get_running_loop().create_future()
    try:
        await fails("future's")
    except ValueError as error:
        future.set_exception(error)
    try:
        future.result()
    except ValueError as error:
        print("result() raised", error)
    del future
    print("dropped the future")


asyncio.run(main())
print("after run")
