import asyncio


async def body():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("cancelling in except:", me.cancelling())
        print("uncancel ->", me.uncancel())
        print("uncancel ->", me.uncancel())
        print("cancelling now:", me.cancelling())
    await asyncio.sleep(0)
    return "ok"


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print("cancel 1:", t.cancel())
    print("cancel 2:", t.cancel())
    print("cancelling:", t.cancelling())
    print(await t)
    print("cancelling after:", t.cancelling())


asyncio.run(main())
