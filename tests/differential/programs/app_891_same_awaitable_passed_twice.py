"""The `[work()] * 3` mistake: one coroutine object passed three times to gather, wait and as_completed."""
import asyncio

runs = 0


async def work(n):
    global runs
    runs += 1
    await asyncio.sleep(0.01)
    return n * 10


async def main():
    global runs
    coro = work(1)
    print("gather of one coroutine thrice:", await asyncio.gather(*[coro] * 3), "runs:", runs)
    runs = 0
    task = asyncio.create_task(work(2))
    print("gather of one task twice:", await asyncio.gather(task, task, work(3)), "runs:", runs)
    runs = 0
    t = asyncio.create_task(work(4))
    done, pending = await asyncio.wait([t, t, t])
    print("wait of one task thrice:", len(done), len(pending), "runs:", runs)
    runs = 0
    t = asyncio.create_task(work(5))
    got = [await f for f in asyncio.as_completed([t, t])]
    print("as_completed of one task twice:", got, "runs:", runs)
    g = asyncio.gather(*[work(6)] * 2, return_exceptions=True)
    print("with return_exceptions:", await g)


asyncio.run(main())
