"""async for over things that are not async iterables or whose __anext__ is not awaitable, async with over
an object without __aenter__, and anext()/aiter() with and without a default: the interpreter's own
TypeError messages, the same on both loops."""
import asyncio

class NotAsyncIter:
    def __aiter__(self):
        return [1, 2]

class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

async def main():
    print([x async for x in Counter(3)])
    for obj in (NotAsyncIter(), BadAnext(), [1]):
        try:
            async for x in obj:
                print(x)
        except TypeError as e:
            print("TypeError:", e)
    try:
        async with Counter(1):
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    print(await anext(Counter(1)))
    print(await anext(Counter(0), "dflt"))
    it = aiter(Counter(2))
    print(await it.__anext__(), await it.__anext__())

asyncio.run(main())
