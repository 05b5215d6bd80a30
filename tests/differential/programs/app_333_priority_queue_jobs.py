"""A job scheduler with a PriorityQueue: urgent jobs jump the line."""
import asyncio
import itertools

counter = itertools.count()


async def submit(queue, priority, name, delay):
    await asyncio.sleep(delay)
    await queue.put((priority, next(counter), name))
    print(f"submitted {name} (priority {priority})")


async def runner(queue):
    while True:
        priority, _, name = await queue.get()
        if name == "stop":
            print("runner stopping")
            return
        print(f"running {name} (priority {priority})")
        await asyncio.sleep(0.02)
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    for p, name in [(5, "backup"), (3, "report"), (5, "cleanup")]:
        queue.put_nowait((p, next(counter), name))
    run = asyncio.create_task(runner(queue))
    await asyncio.gather(submit(queue, 1, "hotfix", 0.01), submit(queue, 2, "email", 0.035),
                         submit(queue, 9, "stop", 0.15))
    await run


asyncio.run(main())
