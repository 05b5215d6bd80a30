"""With the eager task factory (3.12+), a TaskGroup child that fails before its first await fails inside
create_task: the group aborts at once, so the next create_task in the body still runs (the body is not
interrupted until its next await), and the error comes out in an ExceptionGroup."""
import asyncio
import sys

async def bad():
    raise ValueError("at once")

async def slow(n):
    try:
        print("slow", n, "starts")
        await asyncio.sleep(1)
        print("slow", n, "finished")
    except asyncio.CancelledError:
        print("slow", n, "cancelled")
        raise

async def main():
    if sys.version_info < (3, 12):
        print("no eager tasks")
        return
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(1))
            t = tg.create_task(bad())
            print("bad done at once:", t.done())
            tg.create_task(slow(2))
            print("body goes on")
            await asyncio.sleep(0)
            print("not reached")
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    print("cancelling", asyncio.current_task().cancelling())

asyncio.run(main())
