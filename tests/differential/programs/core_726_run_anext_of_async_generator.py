"""asyncio.run accepts the awaitable returned by an async generator's __anext__ (it is a coroutine by the
collections.abc test); each run makes a new loop, and the generator keeps its place."""
import asyncio

async def gen():
    for i in range(3):
        await asyncio.sleep(0.1)
        yield i

g = gen()
print(asyncio.run(g.__anext__()))
print(asyncio.run(g.__anext__()))
try:
    asyncio.run(g.asend(None))
    print("third ran")
except Exception as e:
    print(type(e).__name__, e)
