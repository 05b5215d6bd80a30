import asyncio


async def putter(q, v):
    print("putter", v, "waiting")
    await q.put(v)
    print("putter", v, "done")


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    ps = [asyncio.create_task(putter(q, v)) for v in ("x", "y")]
    await asyncio.sleep(0)
    print("full:", q.full(), "qsize:", q.qsize())
    print("get ->", q.get_nowait())
    await asyncio.sleep(0)
    print("qsize after sleep(0):", q.qsize())
    print("get ->", await q.get())
    print("get ->", await q.get())
    await asyncio.gather(*ps)


asyncio.run(main())
