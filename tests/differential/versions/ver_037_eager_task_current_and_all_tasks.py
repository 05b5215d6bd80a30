# changes: eager_tasks
# 3.12 eager tasks: during its eager first step the new task is the current task and is listed by
# all_tasks(); the creator resumes only when that step ends.
import asyncio
import sys

if not hasattr(asyncio, "eager_task_factory"):
    print("no eager tasks before 3.12")
    sys.exit(0)


async def child(parent):
    me = asyncio.current_task()
    print("child is current:", me is not parent, "listed:", me in asyncio.all_tasks())
    await asyncio.sleep(0)
    print("child after its first await")


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    parent = asyncio.current_task()
    task = asyncio.create_task(child(parent))
    print("parent resumes; child done:", task.done())
    await task


asyncio.run(main())
