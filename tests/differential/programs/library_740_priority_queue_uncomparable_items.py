"""PriorityQueue with items that do not compare: the second put fails inside heapq after the item went
into the heap, so qsize() counts it while the unfinished-task count does not; get then returns them."""
import asyncio

async def main():
    q = asyncio.PriorityQueue()
    q.put_nowait((1, {"a": 1}))
    try:
        q.put_nowait((1, {"b": 2}))
    except TypeError as e:
        print("TypeError:", e)
    print("qsize", q.qsize(), repr(q).split(" tasks=")[1])
    print(q.get_nowait())
    print(q.get_nowait())
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("joined")

asyncio.run(main())
