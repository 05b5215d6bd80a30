"""The ExceptionGroup a TaskGroup raises is caught, handled and dropped, yet the failed child's frame (and what it
held in locals) outlives the except* block and the run, until a garbage collection: TaskGroup.__aexit__ keeps the
group in a local, and the group's traceback keeps that frame, a cycle. Here the collector is off until the
program runs it."""
import asyncio
import gc

gc.disable()


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


async def fails(name):
    resource = Resource(name)
    await asyncio.sleep(0)
    raise ValueError(name)


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fails("child's resource"))
    except* ValueError as errors:
        print("caught", [str(error) for error in errors.exceptions])
    print("after the except* block")


asyncio.run(main())
print("after run")
gc.collect()
print("collected")
