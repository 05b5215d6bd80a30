"""An eager task (3.12+) whose coroutine raises before any await is done and failed as create_task
returns; its done callback still runs on the next iteration, not inline."""
import asyncio
import sys

async def bad():
    raise ValueError("eager boom")

async def main():
    if sys.version_info < (3, 12):
        print("skip")
        return
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(bad())
    t.add_done_callback(lambda t: print("callback", repr(t.exception())))
    print("created", t.done())
    await asyncio.sleep(0)
    print("after sleep")
    try:
        await t
    except ValueError as e:
        print("awaited", e)

asyncio.run(main())
