import asyncio


async def stubborn():
    try:
        yield 1
    finally:
        try:
            yield 2
        except BaseException as e:
            print("inner", type(e).__name__)


async def main():
    g = stubborn()
    print(await g.__anext__())
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def slow():
        yield 1
        await asyncio.sleep(0.02)
        yield 2

    s = slow()
    print(await s.__anext__())
    t = asyncio.create_task(s.__anext__())
    await asyncio.sleep(0)
    try:
        await s.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t)


asyncio.run(main())
