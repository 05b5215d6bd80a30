# changes: taskgroup_recancels_parent
# 3.13: a TaskGroup cancelled from outside while it also has to raise an ExceptionGroup re-cancels
# its parent task, so the outside cancellation is not lost; 3.11 and 3.12 swallowed it.
import asyncio


async def fails():
    raise ValueError("child failed")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await asyncio.sleep(0.2)   # cleanup that takes a while


async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stubborn())
            await asyncio.sleep(0)
            tg.create_task(fails())
            await asyncio.sleep(1)
    except* ValueError:
        print("caught the group; cancelling() =", asyncio.current_task().cancelling())
    try:
        await asyncio.sleep(0)
        print("the next await went through")
    except asyncio.CancelledError:
        print("the next await was cancelled")
        raise


async def main():
    task = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
        print("parent finished normally")
    except asyncio.CancelledError:
        print("parent ended cancelled")


asyncio.run(main())
