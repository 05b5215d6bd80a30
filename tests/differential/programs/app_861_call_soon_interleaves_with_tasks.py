"""Callbacks from call_soon and task steps share one FIFO: who prints when (a "what does this print?" puzzle)."""
import asyncio


def cb(name, loop):
    print("callback", name)
    if name == "first":
        loop.call_soon(cb, "scheduled by first", loop)


async def task(name):
    print("task", name, "step 1")
    await asyncio.sleep(0)
    print("task", name, "step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "first", loop)
    t = asyncio.create_task(task("A"))
    loop.call_soon(cb, "second", loop)
    h = loop.call_soon(cb, "cancelled one", loop)
    h.cancel()
    print("main before its yield; handle cancelled:", h.cancelled())
    await asyncio.sleep(0)
    print("main after one yield")
    await t
    print("main after the task")
    loop.call_later(0.1, cb, "later 0.1", loop)
    loop.call_later(0.05, cb, "later 0.05", loop)
    loop.call_at(loop.time() + 0.05, cb, "at now+0.05", loop)
    await asyncio.sleep(0.2)
    print("done")


asyncio.run(main())
