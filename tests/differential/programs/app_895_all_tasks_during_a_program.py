"""Watching asyncio.all_tasks() as a program runs: gather's children, finished tasks, a timeout's task-less wait."""
import asyncio


def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())


async def child(n):
    await asyncio.sleep(0.01 * n)
    print(f"child {n} sees", names())


async def main():
    print("at start:", names())
    t = asyncio.create_task(child(3), name="explicit")
    await asyncio.gather(child(1), child(2))
    print("after gather:", names())
    await t
    print("after the task:", names())
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
        print("in a timeout block:", names())
    await asyncio.to_thread(print, "from a thread, tasks:", len(asyncio.all_tasks(asyncio.get_running_loop())))
    print("current is main:", asyncio.current_task().get_name())


asyncio.run(main())
