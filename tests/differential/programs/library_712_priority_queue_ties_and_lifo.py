"""PriorityQueue orders by priority, then by the rest of the tuple; LifoQueue returns the last put first;
getters waiting on an empty PriorityQueue are served in order."""
import asyncio

async def getter(q, name):
    print(name, "got", await q.get())

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (2, "a"), (1, "y")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        lq.put_nowait(i)
    print(lq.full(), [lq.get_nowait() for _ in range(3)])
    ts = [asyncio.create_task(getter(pq, n)) for n in ("g1", "g2")]
    await asyncio.sleep(0)
    pq.put_nowait((5, "five"))
    pq.put_nowait((0, "zero"))
    await asyncio.gather(*ts)

asyncio.run(main())
