import asyncio


async def child():
    raise KeyError("child never retrieved")


async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0.01)
    print("child done", t.done())
    raise ValueError("main fails")


asyncio.run(main())
