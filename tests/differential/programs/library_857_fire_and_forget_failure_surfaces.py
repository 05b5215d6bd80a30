"""The "create_task fails silently" blog post: a background task crashes while the poller keeps polling; then the
fixes: a done callback that logs the error, and awaiting the task at the end."""
import asyncio

background_tasks = set()


async def background(name, fail_after):
    await asyncio.sleep(fail_after)
    raise RuntimeError(f"{name} crashed")


def log_failure(task):
    background_tasks.discard(task)
    if task.cancelled():
        print(f"[callback] {task.get_name()} was cancelled")
    elif task.exception() is not None:
        print(f"[callback] {task.get_name()} failed: {task.exception()}")
    else:
        print(f"[callback] {task.get_name()} returned {task.result()!r}")


async def main():
    silent = asyncio.create_task(background("silent", 0.15), name="silent")
    for i in range(3):
        await asyncio.sleep(0.1)
        print(f"poll {i}: silent task done={silent.done()}")
    for name, fail_after in (("logged", 0.05), ("also-logged", 0.02)):
        task = asyncio.create_task(background(name, fail_after), name=name)
        background_tasks.add(task)
        task.add_done_callback(log_failure)
    quiet = asyncio.create_task(asyncio.sleep(1), name="sleeper")
    background_tasks.add(quiet)
    quiet.add_done_callback(log_failure)
    await asyncio.sleep(0.1)
    quiet.cancel()
    await asyncio.sleep(0)
    print("left in the set:", sorted(t.get_name() for t in background_tasks))
    try:
        await silent
    except RuntimeError as e:
        print("awaiting the silent task at last:", e)


asyncio.run(main())
