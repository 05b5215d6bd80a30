"""LifoQueue with getters waiting: each put goes straight to the first waiting getter (FIFO among
getters), however LIFO the queue; items put while nobody waits come out last-in first."""
import asyncio

async def getter(q, name):
    print(name, "got", await q.get())

async def main():
    q = asyncio.LifoQueue()
    gs = [asyncio.create_task(getter(q, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i)
    await asyncio.gather(*gs)
    for i in range(3):
        q.put_nowait(i + 10)
    print([await q.get() for _ in range(3)])

asyncio.run(main())
