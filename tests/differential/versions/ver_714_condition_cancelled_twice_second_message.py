# changes: condition_passes_notification_on
"""A Condition waiter cancelled while waiting for notify, then again while taking the lock back: the second
cancellation is what comes out (3.13 keeps its message; up to 3.12 it comes out without one), and the
task's cancelling() counts both."""
import asyncio

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError as e:
            print("waiter:", e.args, asyncio.current_task().cancelling())
            raise

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        t.cancel("first")
        await asyncio.sleep(0)
        t.cancel("second")
        await asyncio.sleep(0)
    try:
        await t
    except asyncio.CancelledError as e:
        print("main:", e.args)

asyncio.run(main())
