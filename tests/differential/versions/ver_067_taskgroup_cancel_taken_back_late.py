# changes: taskgroup_recancels_parent
# Where it matters when a TaskGroup takes back its cancellation of the parent: 3.11 and 3.12 do it as
# __aexit__ starts, 3.13 after the other tasks are done and only if no base error is raised first.  A
# child failing after the body ended is never taken back before 3.13 (the parent stays "cancelling"); a
# body that ends in SystemExit after the failure is taken back before 3.13 only.
import asyncio


async def fail_after(delay, label):
    await asyncio.sleep(delay)
    raise KeyError(label)


async def after_the_body():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.1, "after the body"))
            print("the body ends")
    except* KeyError:
        print("caught; cancelling:", me.cancelling())


async def base_error_from_the_body():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.1, "before SystemExit"))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise SystemExit(3)
    except SystemExit as error:
        print("SystemExit", error.code, "; cancelling:", me.cancelling())


async def main():
    await asyncio.create_task(after_the_body())
    await asyncio.create_task(base_error_from_the_body())


asyncio.run(main())
