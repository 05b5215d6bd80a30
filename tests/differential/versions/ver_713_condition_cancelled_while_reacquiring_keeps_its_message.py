# changes: condition_passes_notification_on
"""A Condition waiter is notified, then cancelled with a message while it waits to take the lock back:
it keeps trying until it has the lock, then raises CancelledError. Up to 3.12 a new one without the
message; from 3.13 the one it caught, message and all."""
import asyncio

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
            print("woke normally")
        except asyncio.CancelledError as e:
            print("waiter cancelled with", e.args, "holds lock:", cond.locked())
            raise

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        await asyncio.sleep(0)
        t.cancel("stop now")
        await asyncio.sleep(0)
        print("main releases")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", e.args)

asyncio.run(main())
