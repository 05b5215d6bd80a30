import asyncio


async def job(name, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    return name


async def main():
    # tasks, not coroutines: as_completed wraps coroutines in tasks in the
    # iteration order of a set, which is unspecified
    tasks = [asyncio.create_task(job(n, s)) for n, s in (("three", 3), ("one-a", 1), ("two", 2), ("one-b", 1))]
    for f in asyncio.as_completed(tasks):
        print(await f)


asyncio.run(main())
