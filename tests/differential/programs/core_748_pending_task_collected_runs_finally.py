"""A task nobody keeps, waiting on a future nobody keeps: the garbage collector frees both while the loop
runs; closing the coroutine runs its finally (printing) inside gc.collect(), and the loop reports the task
destroyed while pending (collected, not printed by the handler: the order of the two finalizers within one
collection is the collector's); a task waiting on sleep() is kept alive by the loop's timer. Automatic
collections are off, so that nothing is freed before the explicit one."""
import asyncio
import gc

gc.disable()

reports = []

def handler(loop, ctx):
    reports.append(ctx["message"])

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
    print("collected, tasks:", len(asyncio.all_tasks()), "reports:", reports)
    await asyncio.sleep(1)
    print("end")

asyncio.run(main())
