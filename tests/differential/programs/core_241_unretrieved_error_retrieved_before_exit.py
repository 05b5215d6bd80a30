import asyncio


async def child():
    raise KeyError("retrieved")


async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0.01)
    print("exception:", repr(t.exception()))
    raise ValueError("main fails")


asyncio.run(main())
