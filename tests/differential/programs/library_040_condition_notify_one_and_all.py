import asyncio


async def consumer(cond, name, log):
    async with cond:
        print(name, "waiting")
        await cond.wait()
        print(name, "notified")
        log.append(name)


async def main():
    cond = asyncio.Condition()
    log = []
    tasks = [asyncio.create_task(consumer(cond, n, log)) for n in ("c1", "c2", "c3", "c4")]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
        print("notify(1) sent")
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
        print("notify(2) sent")
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
        print("notify_all sent")
    await asyncio.gather(*tasks)
    print(log)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
