import asyncio


async def worker(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    g = asyncio.gather(worker("a", 0.03), worker("b", 0.05))
    await asyncio.sleep(0.01)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())


asyncio.run(main())
