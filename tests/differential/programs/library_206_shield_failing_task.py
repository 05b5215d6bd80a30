import asyncio


async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("inner failed")


async def succeeds():
    await asyncio.sleep(0.02)
    print("inner finished")
    return "ok"


async def main():
    try:
        await asyncio.shield(fails())
    except ValueError as e:
        print("shield passes error:", e)
    inner = asyncio.create_task(succeeds())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print("inner result", await inner)
    done = asyncio.create_task(asyncio.sleep(0, "r"))
    await done
    print("shield of done task is itself:", asyncio.shield(done) is done)
    inner2 = asyncio.create_task(fails())
    outer2 = asyncio.shield(inner2)
    outer2.cancel()
    await asyncio.sleep(0.02)
    print("inner2 done", inner2.done(), "outer2 cancelled", outer2.cancelled())
    try:
        inner2.result()
    except ValueError as e:
        print("inner2 error retrieved", e)
    inner3 = asyncio.create_task(asyncio.sleep(1))
    outer3 = asyncio.shield(inner3)
    await asyncio.sleep(0)
    inner3.cancel()
    try:
        await outer3
    except asyncio.CancelledError:
        print("inner cancel reaches outer", outer3.cancelled())


asyncio.run(main())
