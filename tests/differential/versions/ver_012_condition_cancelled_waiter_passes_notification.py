# changes: condition_passes_notification_on
# 3.13: a Condition waiter cancelled after it was notified hands the notification to the next waiter;
# in 3.11 and 3.12 the notification is lost and the second waiter keeps waiting.
import asyncio


async def waiter(cond, name):
    async with cond:
        try:
            await cond.wait()
            print(name, "woke up")
        except asyncio.CancelledError:
            print(name, "cancelled")
            raise


async def main():
    cond = asyncio.Condition()
    first = asyncio.create_task(waiter(cond, "first"))
    second = asyncio.create_task(waiter(cond, "second"))
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(1)
        first.cancel()
    await asyncio.sleep(0.05)
    print("second done:", second.done())
    second.cancel()
    await asyncio.gather(first, second, return_exceptions=True)


asyncio.run(main())
