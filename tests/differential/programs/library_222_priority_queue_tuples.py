import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "z"), (2, "b"), (1, "a"), (2, "a")]:
        pq.put_nowait(item)
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)
    pq.put_nowait((1, {"x": 1}))
    pq.put_nowait((2, {"y": 2}))
    print(pq.get_nowait())
    try:
        pq.put_nowait((2, {"z": 3}))
    except TypeError as e:
        print("TypeError:", e)
    print("qsize", pq.qsize(), "unfinished", pq._unfinished_tasks)
    lq = asyncio.LifoQueue(maxsize=2)
    await lq.put(1)
    await lq.put(2)
    try:
        lq.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull", repr(asyncio.QueueFull()))
    print(await lq.get(), await lq.get())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", type(e).__module__)
    for _ in range(2):
        lq.task_done()
    try:
        lq.task_done()
    except ValueError as e:
        print("ValueError:", e)
    print(str(asyncio.Queue(3)))


asyncio.run(main())
