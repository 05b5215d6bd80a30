# changes: traceback_holds_running_future
# A task that fails in its eager first step (3.12+) keeps, through its traceback, the frame of the
# loop's create_task that holds it: a cycle, reported as never retrieved only when garbage is collected.
# The same task made directly with Task(..., eager_start=True) has no such frame: it is reported when let
# go. On 3.11 (no eager tasks) both fail in their first scheduled step and are reported when let go.
import asyncio
import gc

# Only the collections the program asks for: an automatic one, whenever the allocations so far call for it,
# could free a cycle before the line that shows it is still there.
gc.disable()


def report(loop, context):
    print("  reported:", context["message"], repr(context["exception"]))


async def fail(label):
    raise ValueError(label)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(report)
    eager = hasattr(asyncio, "eager_task_factory")
    if eager:
        loop.set_task_factory(asyncio.eager_task_factory)
    asyncio.create_task(fail("created and dropped"))
    print("created")
    await asyncio.sleep(0)
    print("after a step")
    gc.collect()
    print("collected")
    if eager:
        task = asyncio.Task(fail("made directly"), loop=loop, eager_start=True)
    else:
        task = asyncio.create_task(fail("made directly"))
        await asyncio.sleep(0)
    del task
    print("let go")
    gc.collect()
    print("collected again")


asyncio.run(main())
