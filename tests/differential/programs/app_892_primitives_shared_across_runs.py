"""Module-level Lock/Event/Queue used by two asyncio.run() calls: fine until one was waited on in the first loop."""
import asyncio

lock = asyncio.Lock()
event = asyncio.Event()
queue = asyncio.Queue()


async def first_run():
    async with lock:
        print("run 1: lock taken without waiting")
    queue.put_nowait("left over")
    waiter = asyncio.create_task(event.wait())
    await asyncio.sleep(0)
    event.set()
    await waiter
    print("run 1: event waited on, so it belongs to this loop now")
    event.clear()


async def second_run():
    async with lock:
        print("run 2: the lock still works:", lock.locked())
    print("run 2: queue item from run 1:", queue.get_nowait())
    try:
        await asyncio.wait_for(event.wait(), 0.05)
    except RuntimeError as e:
        print("run 2: RuntimeError:", str(e).split(" is ")[-1])
    except TimeoutError:
        print("run 2: timed out")
    g = asyncio.create_task(queue.get())
    await asyncio.sleep(0)
    queue.put_nowait("fresh")
    print("run 2: queue waited on for the first time here:", await g)


asyncio.run(first_run())
asyncio.run(second_run())
