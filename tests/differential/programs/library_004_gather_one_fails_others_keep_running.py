import asyncio


async def worker(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def bad():
    await asyncio.sleep(0.01)
    print("bad raising")
    raise RuntimeError("failure")


async def main():
    t1 = asyncio.create_task(worker("w1", 0.03))
    t2 = asyncio.create_task(worker("w2", 0.05))
    try:
        await asyncio.gather(t1, bad(), t2)
    except RuntimeError as e:
        print("gather raised", e)
    print("w1 done?", t1.done(), "w2 done?", t2.done())
    await asyncio.sleep(0.05)
    print("w1 done?", t1.done(), "w2 done?", t2.done())
    print(t1.result(), t2.result())


asyncio.run(main())
