import asyncio


async def work(n):
    await asyncio.sleep(0.01 * n)
    print("work", n)
    return n


async def main():
    print("empty gather:", await asyncio.gather())
    c = work(1)
    print("same coro twice:", await asyncio.gather(c, c))
    t = asyncio.create_task(work(2))
    print("same task thrice:", await asyncio.gather(t, t, work(1), t))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "fut")
    print("future and coro:", await asyncio.gather(f, work(0)))
    g = asyncio.gather()
    print("empty gather future done:", g.done(), g.result())
    g2 = asyncio.gather(work(1), work(2))
    print("cancel gather:", g2.cancel())
    try:
        await g2
    except asyncio.CancelledError:
        print("gather cancelled", g2.cancelled())
    results = await asyncio.gather(work(1), asyncio.sleep(0, "x"), return_exceptions=True)
    print(results)


asyncio.run(main())
