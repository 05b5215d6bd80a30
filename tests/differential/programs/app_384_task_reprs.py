"""Printing tasks, as people do when debugging (names, states, results)."""
import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    if x < 0:
        raise ValueError("negative")
    return x * 2


async def main():
    t1 = asyncio.create_task(compute(2), name="double-2")
    t2 = asyncio.create_task(compute(-1), name="double-neg")
    t3 = asyncio.create_task(compute(5), name="double-5")
    print(repr(t1).split(" coro=")[0])
    await asyncio.sleep(0.02)
    t3.cancel()
    await asyncio.gather(t1, t2, t3, return_exceptions=True)
    for t in (t1, t2, t3):
        r = repr(t)
        print(r.split(" coro=")[0], "|", r.split(">")[-2].split(" ", 1)[-1] if "result" in r or "exception" in r else "")
    print(t1)


asyncio.run(main())
