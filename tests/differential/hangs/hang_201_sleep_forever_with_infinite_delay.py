import asyncio


async def sleeper():
    print("sleeping forever")
    await asyncio.sleep(float("inf"))
    print("woke up?!")


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    print("main waits for sleeper")
    await t


asyncio.run(main())
