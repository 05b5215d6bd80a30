"""Queue.join(): wait until every item is processed, then cancel the idle workers."""
import asyncio


async def worker(name, queue):
    try:
        while True:
            delay = await queue.get()
            await asyncio.sleep(delay)
            print(f"{name} slept {delay:.2f}")
            queue.task_done()
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    queue = asyncio.Queue()
    for delay in (0.05, 0.01, 0.03, 0.02, 0.04):
        queue.put_nowait(delay)
    print("queue size", queue.qsize())
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue)) for i in range(2)]
    await queue.join()
    print("all work done, unfinished =", queue._unfinished_tasks if hasattr(queue, "_unfinished_tasks") else 0)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
