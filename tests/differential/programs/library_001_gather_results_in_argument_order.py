import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name


async def main():
    res = await asyncio.gather(job("slow", 0.04), job("fast", 0.01), job("mid", 0.025))
    print(res)
    print(await asyncio.gather())


asyncio.run(main())
