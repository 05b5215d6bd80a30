import asyncio

# CPython 3.11: if the inner future is already done when the task running
# wait_for() is cancelled, wait_for() returns the result and the
# cancellation is lost.


async def outer(fut):
    try:
        v = await asyncio.wait_for(fut, timeout=1)
        print("wait_for returned", v)
        return v
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(outer(fut))
    await asyncio.sleep(0)
    fut.set_result("v")
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("task cancelled:", t.cancelled(), "cancelling:", t.cancelling())


asyncio.run(main())
