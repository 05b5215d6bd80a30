"""Cancelling a task blocked in asyncio.wait does not cancel the tasks it waits for: they finish later."""
import asyncio

async def job(n):
    await asyncio.sleep(n)
    print("job", n, "finished")
    return n

async def waiter(tasks):
    try:
        await asyncio.wait(tasks)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise

async def main():
    tasks = [asyncio.create_task(job(i)) for i in (1, 2)]
    w = asyncio.create_task(waiter(tasks))
    await asyncio.sleep(0.5)
    w.cancel()
    await asyncio.sleep(0)
    print("tasks cancelled?", [t.cancelled() for t in tasks])
    print(await asyncio.gather(*tasks))

asyncio.run(main())
