import asyncio


async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("cancelled in wait; lock held again:", cond.locked())
            raise
    print("not reached")


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print("main holds the lock, waiter must wait; done:", t.done())
    await asyncio.gather(t, return_exceptions=True)
    print("waiter cancelled:", t.cancelled(), "lock free:", not cond.locked())


asyncio.run(main())
