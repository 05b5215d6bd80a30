import asyncio


async def child():
    await asyncio.sleep(0.01)
    print("child raising")
    raise ZeroDivisionError("child failed")


async def main():
    t = asyncio.create_task(child())
    print("main awaiting child")
    try:
        await t
    finally:
        print("main finally, child done:", t.done())


asyncio.run(main())
