"""Queue.task_done more often than items were put raises ValueError; join() on an empty queue returns at
once; unfinished work counted across get_nowait/put_nowait."""
import asyncio

async def main():
    q = asyncio.Queue()
    await q.join()
    print("joined empty")
    q.put_nowait(1); q.put_nowait(2)
    print(q.get_nowait(), q.qsize())
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("error:", e)
    print(q.get_nowait(), q.empty())
    j = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    print("join done?", j.done())
    q.task_done()

asyncio.run(main())
