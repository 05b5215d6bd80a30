import asyncio
import gc

# Only the collections the program asks for: an automatic one, whenever the allocations so far call for it,
# could free a cycle before the line that shows it is still there.
gc.disable()


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
