import asyncio


async def worker(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    t1 = asyncio.create_task(worker("a", 0.01))
    t2 = asyncio.create_task(worker("b", 0.03))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t2.cancel()
    res = await g
    print([type(r).__name__ for r in res], res[0])
    t3 = asyncio.create_task(worker("c", 0.01))
    t4 = asyncio.create_task(worker("d", 0.03))
    g2 = asyncio.gather(t3, t4)
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("gather raised CancelledError; t4 done?", t4.done())
    print(await t4)


asyncio.run(main())
