import asyncio

keep = []


async def child():
    raise KeyError("kept in a global")


async def main():
    keep.append(asyncio.create_task(child()))
    await asyncio.sleep(0.01)
    print("main fails now")
    raise ValueError("main fails")


asyncio.run(main())
