import asyncio


async def work(n):
    await asyncio.sleep(0.01 * (3 - n))
    print("finish", n, asyncio.current_task().get_name())
    return n * 10


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(work(i), name=f"w{i}") for i in range(3)]
        unnamed = tg.create_task(work(0))
        print([t.get_name() for t in tasks], unnamed.get_name())
        print("inside all_tasks", len(asyncio.all_tasks()))
    print([t.result() for t in tasks])
    print("after all_tasks", len(asyncio.all_tasks()))


asyncio.run(main())
