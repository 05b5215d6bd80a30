import asyncio


async def job(name, d):
    print("start", name)
    await asyncio.sleep(d)
    print("end", name)
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.03))
        t2 = tg.create_task(job("b", 0.01))
        print("body done, tasks created")
    print("group exited:", t1.result(), t2.result())
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group fine")


asyncio.run(main())
