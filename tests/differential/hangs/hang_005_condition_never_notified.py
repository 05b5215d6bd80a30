import asyncio


async def main():
    cond = asyncio.Condition()
    async with cond:
        print("waiting on condition")
        await cond.wait()
    print("never printed")


asyncio.run(main())
