import asyncio


async def main():
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(0.01, result=[1, 2]))
    print(await asyncio.sleep(-1, result="neg"))
    print(await asyncio.sleep(0))
    t = asyncio.create_task(asyncio.sleep(0.01, "from task"))
    print(await t)
    r = await asyncio.gather(asyncio.sleep(0.02, "a"), asyncio.sleep(0.01, "b"))
    print(r)


asyncio.run(main())
