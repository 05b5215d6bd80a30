import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")


async def main():
    a = asyncio.create_task(worker("A", 3))
    b = asyncio.create_task(worker("B", 2))
    c = asyncio.create_task(worker("C", 4))
    await a
    print("a awaited")
    await b
    await c
    print("end")


asyncio.run(main())
