"""Queue.shutdown(immediate=True) (3.13) drops the queued items, so join() returns; get_nowait then raises
QueueShutDown; task_done for the dropped items raises ValueError."""
import asyncio
import sys

async def main():
    if sys.version_info < (3, 13):
        print("no shutdown")
        return
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print("got", q.get_nowait())
    joiner = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    q.shutdown(immediate=True)
    await asyncio.sleep(0)
    print("join done", joiner.done(), "qsize", q.qsize(), "empty", q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueShutDown:
        print("get refused")
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("task_done:", e)
    await joiner

asyncio.run(main())
