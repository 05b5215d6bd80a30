import asyncio


async def worker():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("giving up")
    print("awaiting")
    await t


asyncio.run(main())
