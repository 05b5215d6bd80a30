"""The docs' Queue example (workers sleeping random times, join, cancel), with seeded random times."""
import asyncio
import random


async def worker(name, queue, log):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        queue.task_done()
        log.append(name)
        print(f"{name} has slept for {sleep_for:.2f} seconds")


async def main():
    random.seed(1319)  # a seed whose finishing times lie at least 0.08 s apart
    queue = asyncio.Queue()
    total_sleep_time = 0
    for _ in range(12):
        sleep_for = round(random.uniform(0.05, 0.5), 2)
        total_sleep_time += sleep_for
        queue.put_nowait(sleep_for)
    log = []
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, log)) for i in range(3)]
    loop = asyncio.get_running_loop()
    started_at = loop.time()
    await queue.join()
    total_slept_for = loop.time() - started_at
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("====")
    print("3 workers in parallel took under half the total:", total_slept_for < total_sleep_time / 2)
    print(f"total expected sleep time: {total_sleep_time:.2f} seconds")
    print({name: log.count(name) for name in sorted(set(log))})


asyncio.run(main())
