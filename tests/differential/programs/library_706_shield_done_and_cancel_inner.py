"""shield() of a finished future returns it as is; cancelling the inner task of a shield cancels the
outer too; cancelling the outer leaves the inner running to completion."""
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    print(asyncio.shield(f) is f)
    inner = asyncio.create_task(job(1))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.1)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled too", outer.cancelled())
    inner2 = asyncio.create_task(job(0.5))
    outer2 = asyncio.shield(inner2)
    outer2.cancel()
    print("inner2 result", await inner2, outer2.cancelled())

asyncio.run(main())
