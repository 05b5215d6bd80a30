import asyncio


async def inner():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    t_inner = asyncio.create_task(inner())
    t_outer = asyncio.create_task(outer(t_inner))
    await asyncio.sleep(0.01)
    t_outer.cancel()
    await asyncio.gather(t_outer, t_inner, return_exceptions=True)
    print("inner cancelled:", t_inner.cancelled(), "outer cancelled:", t_outer.cancelled())


asyncio.run(main())
