"""A task nobody keeps, waiting on a future nobody keeps: the garbage collector frees both while the loop
runs; closing the coroutine runs its finally (printing) inside gc.collect(), and the loop reports the task
destroyed while pending; a task waiting on sleep() is kept alive by the loop's timer."""
import asyncio
import gc

def handler(loop, ctx):
    print("handler:", ctx["message"])

async def orphan(name, aw):
    try:
        await aw
    finally:
        print(name, "finally")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    asyncio.create_task(orphan("orphan", loop.create_future()))
    asyncio.create_task(orphan("sleeper", asyncio.sleep(0.5)))
    await asyncio.sleep(0)
    print("collecting")
    gc.collect()
    print("collected, tasks:", len(asyncio.all_tasks()))
    await asyncio.sleep(1)
    print("end")

asyncio.run(main())
