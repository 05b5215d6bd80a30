# changes: taskgroup_recancels_parent
# 3.13: a TaskGroup whose body ends in a subclass of CancelledError takes it for a cancellation and
# re-raises it once its tasks are done; 3.11 and 3.12 know CancelledError itself only, and raise the
# subclass inside a BaseExceptionGroup.
import asyncio


class Interrupted(asyncio.CancelledError):
    pass


async def child():
    try:
        await asyncio.sleep(1)
        print("child done")
    except asyncio.CancelledError:
        print("child cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0.01)
            raise Interrupted("from the body")
    except BaseExceptionGroup as group:
        print("a group of", [type(error).__name__ for error in group.exceptions])
    except Interrupted as error:
        print("Interrupted came through:", error)
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
