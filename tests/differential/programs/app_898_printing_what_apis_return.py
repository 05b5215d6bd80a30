"""print() of what asyncio's functions hand back, as learners inspect them: gather, shield, ensure_future, wait_for."""
import asyncio


async def work(x):
    await asyncio.sleep(0.01)
    return x


async def main():
    g = asyncio.gather(work(1), work(2))
    print(type(g).__name__, g.done())
    print(await g, g)
    s = asyncio.shield(work(3))
    print(type(s).__name__, await s)
    t = asyncio.ensure_future(work(4))
    print(type(t).__name__, t is asyncio.ensure_future(t), await t)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f is asyncio.ensure_future(f), asyncio.isfuture(f), asyncio.isfuture(work), asyncio.iscoroutine(g))
    empty = asyncio.gather()
    print("gather() of nothing:", empty.done(), empty.result())
    failed = asyncio.gather(asyncio.sleep(0, "x"), return_exceptions=True)
    await failed
    print(failed)
    print(await asyncio.wait_for(work(5), None), await asyncio.wait_for(f if f.cancel() and False else work(6), 1))
    coro = work(7)
    print(type(coro).__name__, asyncio.iscoroutine(coro), await coro)


asyncio.run(main())
