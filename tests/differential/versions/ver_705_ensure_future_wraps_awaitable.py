# changes: iscoroutine_rejects_generators
# ensure_future() of an awaitable that is not a coroutine wraps it: 3.11 in a generator-based coroutine,
# 3.12 in an async def local to ensure_future().
import asyncio
import inspect


class Ticket:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "ticket"


async def main():
    t = asyncio.ensure_future(Ticket())
    coro = t.get_coro()
    print(type(coro).__name__, inspect.iscoroutine(coro), asyncio.iscoroutine(coro), coro.__qualname__)
    print(await t)
    print(t.get_name())
    r = await asyncio.gather(Ticket(), Ticket())
    print(r)


asyncio.run(main())
