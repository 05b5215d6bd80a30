"""set_task_factory: a factory that names and counts every task the loop makes; get_task_factory returns it."""
import asyncio

made = []


def counting_factory(loop, coro, **kwargs):
    task = asyncio.Task(coro, loop=loop, **kwargs)
    made.append(task)
    task.add_done_callback(lambda t: print("done:", t.get_name(), t.result() if not t.cancelled() else "cancelled"))
    return task


async def job(n):
    await asyncio.sleep(n / 10)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    print("factory before:", loop.get_task_factory())
    loop.set_task_factory(counting_factory)
    print("factory is ours:", loop.get_task_factory() is counting_factory)
    results = await asyncio.gather(job(3), job(1), asyncio.create_task(job(2), name="named"))
    print(results, "tasks made:", len(made))
    loop.set_task_factory(None)
    await asyncio.create_task(job(0))
    print("tasks made after reset:", len(made))
    try:
        loop.set_task_factory(42)
    except TypeError as exc:
        print("TypeError:", exc)

asyncio.run(main())
