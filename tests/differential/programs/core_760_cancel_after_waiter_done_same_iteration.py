"""cancel() on a task whose awaited future is already done but whose step has not run: cancel returns True,
the task sees CancelledError; if it catches it, it can still read the future's result."""
import asyncio

async def waiter(fut):
    try:
        await fut
        print("not cancelled")
    except asyncio.CancelledError:
        print("cancelled though the future is done:", fut.result())
        return "recovered"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result("value")
    print("cancel:", t.cancel(), "cancelling:", t.cancelling())
    print(await t, t.cancelled(), t.cancelling())

asyncio.run(main())
