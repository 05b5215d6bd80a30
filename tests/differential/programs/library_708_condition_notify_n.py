"""Condition.notify(2) with four waiters wakes the first two in order; notify_all the rest; wait() returns
True and each reacquires the lock in turn."""
import asyncio

async def waiter(cond, name):
    async with cond:
        r = await cond.wait()
        print(name, "woke", r, cond.locked())

async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(waiter(cond, f"w{i}")) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        print("notified 2")
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*ts)

asyncio.run(main())
