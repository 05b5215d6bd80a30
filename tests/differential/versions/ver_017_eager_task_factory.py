# changes: eager_tasks
# 3.12: asyncio.eager_task_factory runs a new task's first step inside create_task; a task that
# finishes in that step is done before create_task returns. 3.11 has no eager tasks.
import asyncio


async def quick(name):
    print(name, "runs in", asyncio.current_task().get_name())
    return name


async def slow(name):
    print(name, "first step")
    await asyncio.sleep(0)
    print(name, "second step")
    return name


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.set_task_factory(asyncio.eager_task_factory)
    except AttributeError as error:
        print("AttributeError:", error)
    print("before create_task")
    t1 = asyncio.create_task(quick("quick"))
    print("quick done right away:", t1.done())
    t2 = asyncio.create_task(slow("slow"))
    print("slow done right away:", t2.done())
    print(await t1, await t2)


asyncio.run(main())
