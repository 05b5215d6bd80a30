import asyncio


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("ticker finally")


async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(other())
    async for v in ticker(3):
        print("got", v)
    squares = [x * x async for x in ticker(4)]
    print(squares)
    await t
    agen = ticker(10)
    print(await agen.__anext__(), await agen.__anext__())
    await agen.aclose()
    print("closed")
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
