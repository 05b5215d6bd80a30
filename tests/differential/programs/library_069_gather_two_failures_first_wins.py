import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    print(name, "raising")
    raise ValueError(name)


async def main():
    g = asyncio.gather(fail("second", 0.04), fail("first", 0.01))
    try:
        await g
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.05)
    print("gather done:", g.done(), "exception:", repr(g.exception()))


asyncio.run(main())
