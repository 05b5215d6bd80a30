"""A thread hands the loop a result with loop.call_soon instead of call_soon_threadsafe: the callback is queued
but nothing wakes the loop, which has no timer and no I/O to wait for, so the awaited future is never set."""
import asyncio
import threading


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    threading.Timer(0.1, loop.call_soon, args=(fut.set_result, "from the thread")).start()
    print("main: waiting")
    print(await fut)


asyncio.run(main())
