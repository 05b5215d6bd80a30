"""A TaskGroup child cancels the task that runs the group: the body's await is interrupted, the
group cancels its children, and CancelledError reaches the parent's except."""
import asyncio

async def killer(parent):
    await asyncio.sleep(0.01)
    print("killer cancels parent")
    parent.cancel()
    await asyncio.sleep(0.01)
    print("killer still running?")

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(killer(me))
            tg.create_task(slow())
            await asyncio.sleep(1)
            print("body done")
    except asyncio.CancelledError:
        print("main cancelled", me.cancelling())
    print("after", me.cancelling())

asyncio.run(main())
