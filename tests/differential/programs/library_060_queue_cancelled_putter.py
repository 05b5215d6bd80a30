import asyncio


async def putter(q, v):
    try:
        await q.put(v)
        print("put", v)
    except asyncio.CancelledError:
        print("putter", v, "cancelled")
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put("start")
    p1 = asyncio.create_task(putter(q, "p1"))
    p2 = asyncio.create_task(putter(q, "p2"))
    await asyncio.sleep(0)
    p1.cancel()
    await asyncio.sleep(0)
    print("get", await q.get())
    print("get", await q.get())
    await asyncio.gather(p1, p2, return_exceptions=True)
    print("qsize", q.qsize())


asyncio.run(main())
