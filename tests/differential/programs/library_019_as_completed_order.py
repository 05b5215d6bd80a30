import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    coros = [job("a", 0.04), job("b", 0.01), job("c", 0.03), job("d", 0.02)]
    for i, fut in enumerate(asyncio.as_completed(coros)):
        print(i, await fut)


asyncio.run(main())
