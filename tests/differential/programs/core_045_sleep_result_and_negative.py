import asyncio


async def other():
    print("other ran")


async def main():
    asyncio.create_task(other())
    print(await asyncio.sleep(-5, result="negative"))
    print(await asyncio.sleep(0.01, result=["list"]))
    print(await asyncio.sleep(0))


asyncio.run(main())
