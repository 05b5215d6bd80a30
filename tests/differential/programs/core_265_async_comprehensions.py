"""Async comprehensions: async for with a filter, await inside list and dict comprehensions, and an
async generator expression (await inside a generator expression makes it one)."""
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def sq(x):
    await asyncio.sleep(0.01 * (3 - x))
    return x * x

async def main():
    print([x async for x in agen(4) if x % 2 == 0])
    print([await sq(x) for x in range(3)])
    print({x: await sq(x) async for x in agen(3)})
    print(await asyncio.gather(*[sq(x) for x in range(3)]))
    g = (await sq(x) for x in range(3))
    print(type(g).__name__, [y async for y in g])

asyncio.run(main())
