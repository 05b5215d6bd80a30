"""Fire-and-forget tasks kept alive in a set, removed with add_done_callback(set.discard)."""
import asyncio

background_tasks = set()
log = []


async def send_email(to, delay):
    await asyncio.sleep(delay)
    log.append(to)
    print(f"email sent to {to}; {len(background_tasks)} tasks still referenced")


def fire_and_forget(coro):
    task = asyncio.create_task(coro)
    background_tasks.add(task)
    task.add_done_callback(background_tasks.discard)
    return task


async def main():
    for to, delay in [("ann", 0.03), ("bob", 0.01), ("cy", 0.02)]:
        fire_and_forget(send_email(to, delay))
    print("request handled, tasks in flight:", len(background_tasks))
    while background_tasks:
        await asyncio.sleep(0.005)
    print("log:", log)
    print("in flight:", len(background_tasks))


asyncio.run(main())
