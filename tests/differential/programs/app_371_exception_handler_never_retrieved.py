"""A custom loop exception handler reports a task whose exception nobody retrieved."""
import asyncio
import gc

# Only the collections the program asks for: an automatic one, whenever the allocations so far call for it,
# could free a cycle before the line that shows it is still there.
gc.disable()


def handler(loop, context):
    exc = context.get("exception")
    print(f"HANDLER: {context['message']} ({type(exc).__name__}: {exc})")


async def fire_and_forget():
    await asyncio.sleep(0.01)
    raise RuntimeError("background job exploded")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    task = asyncio.create_task(fire_and_forget())
    await asyncio.sleep(0.02)
    print("task done:", task.done())
    del task
    gc.collect()
    print("after dropping the task")
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
