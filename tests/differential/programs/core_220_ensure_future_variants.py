import asyncio


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom"


async def coro():
    return "coro"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("future returned as is:", asyncio.ensure_future(fut) is fut)
    t = asyncio.create_task(coro())
    print("task returned as is:", asyncio.ensure_future(t) is t)
    t2 = asyncio.ensure_future(coro())
    print("coro wrapped:", type(t2).__name__, await t2)
    t3 = asyncio.ensure_future(Awaitable())
    print("awaitable wrapped:", type(t3).__name__, await t3)
    for garbage in (1, "x", [coro], None):
        try:
            asyncio.ensure_future(garbage)
        except TypeError as e:
            print("TypeError:", e)
    fut.cancel()
    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(fut, loop=other)
    except ValueError as e:
        print("ValueError:", e)
    other.close()


asyncio.run(main())
