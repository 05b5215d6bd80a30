"""A shutdown helper copied from a forum: `for t in asyncio.all_tasks(): t.cancel()` also cancels the task running
it (main), which finds out at its next await; the fix skips current_task()."""
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker: cancelled")
        raise


async def shutdown(skip_self):
    me = asyncio.current_task()
    for t in asyncio.all_tasks():
        if skip_self and t is me:
            continue
        t.cancel()
    print("shutdown: cancel() called on", len(asyncio.all_tasks()) - (1 if skip_self else 0), "tasks")


async def main(skip_self):
    w = asyncio.create_task(worker())
    await asyncio.sleep(0)
    await shutdown(skip_self)
    try:
        await asyncio.sleep(0.1)
        print("main: carried on to the end")
    except asyncio.CancelledError:
        print("main: cancelled by its own shutdown helper")
        raise
    finally:
        print("worker cancelled:", w.cancelled())


for skip_self in (False, True):
    try:
        asyncio.run(main(skip_self))
        print("run completed")
    except asyncio.CancelledError:
        print("asyncio.run raised CancelledError")
