import asyncio


async def leaf(n):
    return n * 2


async def middle(n):
    a = await leaf(n)
    b = await leaf(a)
    return a + b


async def top(name):
    total = 0
    for i in range(3):
        total += await middle(i)
        print(name, "step", i, total)
    return total


async def main():
    ta = asyncio.create_task(top("A"))
    tb = asyncio.create_task(top("B"))
    print(await ta, await tb)


asyncio.run(main())
