import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put("first")
    putters = [asyncio.create_task(q.put(f"p{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("qsize", q.qsize(), "full", q.full())
    putters[0].cancel()
    print("got", await q.get())
    await asyncio.sleep(0)
    print("after one get:", list(q._queue), [t.done() for t in putters])
    putters[1].cancel()
    await asyncio.sleep(0)
    items = []
    while not q.empty():
        items.append(q.get_nowait())
        await asyncio.sleep(0)
    await asyncio.sleep(0)
    while not q.empty():
        items.append(q.get_nowait())
    print("items", items, [t.cancelled() for t in putters])

    q2 = asyncio.Queue()
    getters = [asyncio.create_task(q2.get()) for _ in range(3)]
    await asyncio.sleep(0)
    q2.put_nowait("x")
    getters[0].cancel()
    await asyncio.sleep(0)
    print("getter states", [t.cancelled() for t in getters], [t.done() for t in getters])
    await asyncio.sleep(0)
    print("results", [t.result() for t in getters if t.done() and not t.cancelled()], q2.qsize())
    for t in getters:
        t.cancel()
    await asyncio.sleep(0)
    print("unfinished", q2._unfinished_tasks)


asyncio.run(main())
