import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inner cancelled with", e.args)
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer sees", e.args, "inner cancelled", t.cancelled())
        raise


async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0)
    o.cancel("from main")
    try:
        await o
    except asyncio.CancelledError as e:
        print("main sees", e.args)
    i2 = asyncio.create_task(inner())
    o2 = asyncio.create_task(outer(i2))
    await asyncio.sleep(0)
    i2.cancel("inner msg")
    try:
        await o2
    except asyncio.CancelledError as e:
        print("main sees", e.args, o2.cancelled())


asyncio.run(main())
