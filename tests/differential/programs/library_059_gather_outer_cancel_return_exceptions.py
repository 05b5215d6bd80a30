import asyncio


async def worker(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    t1 = asyncio.create_task(worker("quick", 0.01))
    t2 = asyncio.create_task(worker("slow", 0.05))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0.02)
    print("cancel:", g.cancel())
    try:
        print("gather result:", await g)
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("t1:", t1.result(), "t2 cancelled:", t2.cancelled())


asyncio.run(main())
