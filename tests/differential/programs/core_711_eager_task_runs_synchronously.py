"""With the eager task factory (3.12+), create_task runs the coroutine up to its first real suspension
before returning; a coroutine that never suspends is done at once; names and current_task inside."""
import asyncio
import sys

async def quick(n):
    print("quick", n, "current is me:", asyncio.current_task().get_name())
    return n * 2

async def slow(n):
    print("slow", n, "starts")
    await asyncio.sleep(0.1)
    print("slow", n, "resumes")
    return n

async def main():
    if sys.version_info < (3, 12):
        print("no eager tasks before 3.12")
        return
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    t1 = asyncio.create_task(quick(1), name="q1")
    print("t1 done right away:", t1.done(), t1.result())
    t2 = asyncio.create_task(slow(2), name="s2")
    print("t2 done right away:", t2.done())
    print(await t2, [t.get_name() for t in sorted(asyncio.all_tasks(), key=lambda t: t.get_name())])

asyncio.run(main())
