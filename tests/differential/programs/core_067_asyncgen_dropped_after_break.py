import asyncio


async def gen(name):
    try:
        for i in range(5):
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, "finally")


async def main():
    async for v in gen("g1"):
        print("g1 value", v)
        if v == 1:
            break
    print("after break (generator object dropped)")
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(0)
    print("after second sleep(0)")
    g2 = gen("g2")
    async for v in g2:
        break
    print("g2 still referenced")
    await g2.aclose()
    print("g2 closed explicitly")


asyncio.run(main())
