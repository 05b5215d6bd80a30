"""Async comprehensions, await inside comprehensions, anext() with a default and aiter() on a class iterator."""
import asyncio


async def ticker(n, delay=0.01):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.current -= 1
        return self.current + 1


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    print([i async for i in ticker(4)])
    print({i: i * i async for i in ticker(3) if i % 2 == 0})
    print([await double(x) for x in range(3)])
    print([await double(i) async for i in ticker(3)])
    gen = (i * 10 async for i in ticker(2))
    print(type(gen).__name__, [x async for x in gen])
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, "empty"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration without a default")
    agen = ticker(1)
    print(await anext(agen), await anext(agen, None), await anext(agen, "still done"))
    print(sum([x async for x in Countdown(4)]))


asyncio.run(main())
