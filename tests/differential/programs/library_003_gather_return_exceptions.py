import asyncio


async def ok(v, d):
    await asyncio.sleep(d)
    return v


async def bad(d):
    await asyncio.sleep(d)
    raise ValueError("bad one")


async def main():
    res = await asyncio.gather(ok(1, 0.02), bad(0.01), ok(3, 0.03), return_exceptions=True)
    print([repr(r) for r in res])


asyncio.run(main())
