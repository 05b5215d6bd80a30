# changes: eager_tasks
# Task(coro, eager_start=True) is new in 3.12 (3.11: TypeError), and 3.12 and 3.13 ask the loop
# *argument* whether it is running: without loop= it fails with an AttributeError on None, even
# inside a running loop, after spending a Task-N number; with loop= it starts at once.
import asyncio


async def job(label):
    print(label, "starts in", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    return label


async def main():
    loop = asyncio.get_running_loop()
    coro = job("without loop=")
    try:
        asyncio.Task(coro, eager_start=True)
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)
        coro.close()
    try:
        task = asyncio.Task(job("with loop="), loop=loop, eager_start=True)
    except TypeError as error:
        print(type(error).__name__, error)
        task = asyncio.Task(job("with loop="), loop=loop)
    print("created", task.get_name(), "done:", task.done())
    print(await task)
    print("next task:", asyncio.create_task(asyncio.sleep(0)).get_name())


asyncio.run(main())
