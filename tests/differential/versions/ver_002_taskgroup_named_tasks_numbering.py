# changes: named_tasks_take_no_number
# 3.13: TaskGroup.create_task(name=...) passes the name to the loop, so no Task-N number is spent.
import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work(1), name="alpha")
        b = tg.create_task(work(2))
        c = tg.create_task(work(3), name="gamma")
        d = tg.create_task(work(4))
    print([t.get_name() for t in (a, b, c, d)])
    print([t.result() for t in (a, b, c, d)])


asyncio.run(main())
