"""A pending task referenced only by a done callback of a future main keeps: it stays alive and finishes
when the future is set; all_tasks() (a weak set) sees it meanwhile."""
import asyncio
import gc

async def worker(fut):
    print("worker got", await fut)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    asyncio.create_task(worker(fut))
    await asyncio.sleep(0)
    gc.collect()
    print("tasks alive:", sorted(t.get_coro().__name__ for t in asyncio.all_tasks()))
    fut.set_result("value")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("tasks alive:", sorted(t.get_coro().__name__ for t in asyncio.all_tasks()))

asyncio.run(main())
