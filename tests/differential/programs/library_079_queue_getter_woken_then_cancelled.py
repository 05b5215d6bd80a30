import asyncio


async def getter(q, name):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, "g1"))
    g2 = asyncio.create_task(getter(q, "g2"))
    await asyncio.sleep(0)
    q.put_nowait("only item")   # wakes g1 ...
    g1.cancel()                 # ... which is cancelled before it runs
    await asyncio.gather(g1, g2, return_exceptions=True)
    print("qsize:", q.qsize())


asyncio.run(main())
