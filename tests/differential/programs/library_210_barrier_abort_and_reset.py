import asyncio


async def waiter(name, barrier):
    try:
        i = await barrier.wait()
        print(name, "passed", i)
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", e)


async def main():
    b = asyncio.Barrier(3)
    t1 = asyncio.create_task(waiter("w1", b))
    t2 = asyncio.create_task(waiter("w2", b))
    await asyncio.sleep(0.01)
    print("waiting", b.n_waiting)
    await b.reset()
    print("after reset waiting", b.n_waiting, "broken", b.broken)
    await asyncio.gather(t1, t2)
    tasks = [asyncio.create_task(waiter(f"r{i}", b)) for i in range(3)]
    await asyncio.gather(*tasks)
    t3 = asyncio.create_task(waiter("x", b))
    await asyncio.sleep(0.01)
    await b.abort()
    await t3
    print("broken", b.broken)
    await waiter("late", b)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))


asyncio.run(main())
