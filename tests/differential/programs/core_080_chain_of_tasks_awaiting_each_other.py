import asyncio


async def link(i, prev):
    if prev is not None:
        v = await prev
    else:
        await asyncio.sleep(0.01)
        v = 0
    print("link", i, "finishes with", v + i)
    return v + i


async def main():
    prev = None
    tasks = []
    for i in range(6):
        prev = asyncio.create_task(link(i, prev))
        tasks.append(prev)
    loop = asyncio.get_running_loop()
    start = loop.time()
    print("last:", await tasks[-1])
    print("elapsed:", round(loop.time() - start, 1))


asyncio.run(main())
