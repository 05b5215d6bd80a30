import asyncio


async def getter(q, name):
    v = await q.get()
    print(name, "got", v)


async def main():
    q = asyncio.Queue()
    gs = [asyncio.create_task(getter(q, n)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0)
    q.put_nowait("a")
    q.put_nowait("b")
    print("qsize after two puts:", q.qsize())
    await asyncio.sleep(0)
    print("qsize after sleep(0):", q.qsize())
    q.put_nowait("c")
    await asyncio.gather(*gs)


asyncio.run(main())
