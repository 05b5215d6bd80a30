import asyncio


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("item")
    g1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("g1 cancelled:", g1.cancelled())
    print("g2 done:", g2.done(), "result:", g2.result() if g2.done() else None)
    print("qsize:", q.qsize())


asyncio.run(main())
