import asyncio
import gc


async def child():
    raise KeyError("dropped")


async def main():
    asyncio.create_task(child())
    await asyncio.sleep(0.01)
    gc.collect()
    print("after collect")
    await asyncio.sleep(0.01)
    raise ValueError("main fails")


asyncio.run(main())
