import asyncio


async def job(name):
    print("start", name)
    await asyncio.sleep(0)
    print("middle", name)
    return name


async def main():
    t = asyncio.create_task(job("pre-created"))
    g = asyncio.gather(job("a"), t, job("b"))
    print("gather created")
    print(await g)


asyncio.run(main())
