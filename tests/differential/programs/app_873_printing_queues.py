"""print(queue) while debugging a pipeline: size, items, waiting getters and putters, unfinished tasks."""
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q)
    getters = [asyncio.create_task(q.get()) for _ in range(2)]
    await asyncio.sleep(0)
    print("two consumers waiting:", q)
    await q.put("a")
    print("after one put:", q)
    await asyncio.sleep(0)
    print("a consumer took it:", q, [g.done() for g in getters])
    await q.put("b")
    await q.put("c")
    await q.put("d")
    await asyncio.sleep(0)
    print("full:", q, q.full())
    putter = asyncio.create_task(q.put("e"))
    await asyncio.sleep(0)
    print("a producer waits:", q)
    for _ in range(3):
        q.task_done()
    print("after task_done x3:", q)
    print(q.get_nowait(), q)
    await asyncio.sleep(0)
    print("the producer got in:", q, putter.done())
    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (2, "a")]:
        pq.put_nowait(item)
    print(pq)
    lq = asyncio.LifoQueue()
    for item in "xyz":
        lq.put_nowait(item)
    print(lq, lq.get_nowait())


asyncio.run(main())
