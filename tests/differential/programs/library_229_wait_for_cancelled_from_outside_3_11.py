import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        await asyncio.sleep(0.01)
        print("inner cleanup done")
        raise


async def waiter():
    try:
        await asyncio.wait_for(inner(), timeout=0.5)
    except asyncio.CancelledError:
        print("waiter cancelled, cancelling =", asyncio.current_task().cancelling())
        raise


async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__, type(e.__context__).__name__)


asyncio.run(main())
