"""Tasks with done callbacks that report success, failure or cancellation."""
import asyncio


def report(task):
    name = task.get_name()
    if task.cancelled():
        print(f"[{name}] was cancelled")
    elif task.exception() is not None:
        print(f"[{name}] failed: {task.exception()!r}")
    else:
        print(f"[{name}] returned {task.result()!r}")


async def work(kind):
    await asyncio.sleep(0.01)
    if kind == "fail":
        raise ValueError("bad input")
    await asyncio.sleep(0.02)
    return kind * 2


async def main():
    tasks = []
    for kind in ["ok", "fail", "slow"]:
        t = asyncio.create_task(work(kind), name=f"job-{kind}")
        t.add_done_callback(report)
        tasks.append(t)
    await asyncio.sleep(0.02)
    tasks[2].cancel()
    await asyncio.wait(tasks)
    print("states:", [("cancelled" if t.cancelled() else "done") for t in tasks])


asyncio.run(main())
