import asyncio


async def child(name):
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    try:
        res = await asyncio.gather(child("c1"), child("c2"), return_exceptions=True)
        print("gather returned", res)
    except asyncio.CancelledError:
        print("parent got CancelledError despite return_exceptions=True")
        raise


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("parent cancelled:", t.cancelled())


asyncio.run(main())
