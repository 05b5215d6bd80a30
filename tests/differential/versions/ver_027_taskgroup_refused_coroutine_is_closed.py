# changes: taskgroup_closes_refused_coroutine
# 3.13: TaskGroup.create_task on a group that is not active closes the coroutine it refuses
# (no "never awaited" warning); 3.11 and 3.12 leave it unstarted.
import asyncio
import inspect


async def work():
    pass


async def main():
    tg = asyncio.TaskGroup()
    coro = work()
    try:
        tg.create_task(coro)
    except RuntimeError as error:
        print("RuntimeError:", error)
    print("refused coroutine:", inspect.getcoroutinestate(coro))
    coro.close()
    async with tg:
        pass
    late = work()
    try:
        tg.create_task(late)
    except RuntimeError as error:
        print("RuntimeError:", error)
    print("refused coroutine:", inspect.getcoroutinestate(late))
    late.close()


asyncio.run(main())
