"""An async generator suspended in an await while its __anext__ runs in another task: a second __anext__,
aclose() and athrow() all fail with RuntimeError (asynchronous generator is already running); later
aclose() runs its finally, and after it __anext__ raises StopAsyncIteration and aclose() returns None."""
import asyncio

async def ticker():
    try:
        for i in range(3):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print("ticker finally")

async def main():
    g = ticker()
    t1 = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("second anext:", e)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("aclose:", e)
    try:
        await g.athrow(ValueError("x"))
    except RuntimeError as e:
        print("athrow:", e)
    print("first:", await t1)
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    print(await g.aclose())

asyncio.run(main())
