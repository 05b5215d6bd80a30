# changes: eager_tasks, gather_takes_done_children_at_once
# 3.12 eager tasks: gather of tasks that all finished eagerly is itself done at once (3.12 gather
# processes done children immediately), and a TaskGroup does not track tasks done at creation.
import asyncio
import sys

if not hasattr(asyncio, "eager_task_factory"):
    print("no eager tasks before 3.12")
    sys.exit(0)


async def value(n):
    return n


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    tasks = [asyncio.create_task(value(n)) for n in range(3)]
    outer = asyncio.gather(*tasks)
    print("gather done at once:", outer.done(), outer.result() if outer.done() else None)
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(value("in group"))
        print("group task done at creation:", t.done(), repr(tg))
    print(t.result())
    await outer


asyncio.run(main())
