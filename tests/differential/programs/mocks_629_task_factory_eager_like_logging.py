"""A task factory that logs each task's creation and result: get_task_factory() inside a task returns it."""
import asyncio

log = []


def logging_factory(loop, coro, **kwargs):
    task = asyncio.Task(coro, loop=loop, **kwargs)
    log.append(f"created {coro.__qualname__}")
    task.add_done_callback(lambda t: log.append(f"finished {coro.__qualname__}"))
    return task


async def child(n):
    await asyncio.sleep(0.01 * n)
    return asyncio.get_running_loop().get_task_factory() is logging_factory


async def main():
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(child(n)) for n in (2, 1)]
    print([t.result() for t in tasks])


with asyncio.Runner() as runner:
    runner.get_loop().set_task_factory(logging_factory)
    runner.run(main())
print("\n".join(log))
