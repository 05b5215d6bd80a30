# changes: traceback_holds_running_future
# When the locals of a cancelled task are freed: its CancelledError, raised through the coroutine, has a
# traceback, which from 3.12 keeps asyncio.run's frames alive. A task left pending that asyncio.run cancels,
# and a cancelled task main() returns, then live (with what their frames hold) until garbage collection;
# on 3.11 they go as soon as nothing refers to them.
import asyncio
import gc

# Only the collections the program asks for: an automatic one, whenever the allocations so far call for it,
# could free a cycle before the line that shows it is still there.
gc.disable()


class Connection:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  closed", self.name)


async def serve(name):
    connection = Connection(name)
    await asyncio.sleep(100)


async def left_pending():
    asyncio.create_task(serve("left pending"))
    await asyncio.sleep(0)
    print("  main returns")


async def returns_cancelled():
    task = asyncio.create_task(serve("returned cancelled"))
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.sleep(0)
    return task


async def awaited_cancelled():
    task = asyncio.create_task(serve("awaited cancelled"))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("  caught")
    return task


print("a task left pending")
asyncio.run(left_pending())
print("  after run")
gc.collect()
for main in (returns_cancelled, awaited_cancelled):
    print(main.__name__)
    task = asyncio.run(main())
    print("  after run:", task.cancelled())
    del task
    print("  dropped the task")
    gc.collect()
print("end")
