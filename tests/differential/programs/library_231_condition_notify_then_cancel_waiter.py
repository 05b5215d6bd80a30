import asyncio


async def waiter(name, cond, log):
    async with cond:
        try:
            await cond.wait()
            log.append(f"{name} notified")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled, holds lock: {cond.locked()}")
            raise


async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(waiter(f"w{i}", cond, log)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        ts[0].cancel()
    await asyncio.gather(*ts[:2], return_exceptions=True)
    print(log)
    async with cond:
        cond.notify()
    await ts[2]
    print(log)
    lock = asyncio.Lock()
    c1 = asyncio.Condition(lock)
    c2 = asyncio.Condition(lock)
    async with c1:
        print("shared lock held by c2:", c2.locked())
    try:
        asyncio.Condition(asyncio.Semaphore())
    except Exception as e:
        print(type(e).__name__)
    else:
        print("Condition accepts any lock-like object")


asyncio.run(main())
