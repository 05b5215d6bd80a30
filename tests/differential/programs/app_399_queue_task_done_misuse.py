"""Common Queue mistakes: task_done() too often, get_nowait on empty, put_nowait on full."""
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put("job")
    try:
        q.put_nowait("another")
    except asyncio.QueueFull:
        print("QueueFull: maxsize is", q.maxsize)
    print("got", q.get_nowait())
    q.task_done()
    try:
        q.task_done()
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("get() timed out; queue still empty:", q.empty())
    await q.join()
    print("join returned at once: nothing unfinished")


asyncio.run(main())
