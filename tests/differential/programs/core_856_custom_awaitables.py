"""Hand-written awaitables from blog posts: a class whose __await__ delegates to a future, one that yields None to
give way, one that yields a wrong value; and set_exception given an exception class rather than an instance."""
import asyncio


class Delayed:
    def __init__(self, value, delay):
        loop = asyncio.get_running_loop()
        self.fut = loop.create_future()
        loop.call_later(delay, self.fut.set_result, value)

    def __await__(self):
        print("  Delayed.__await__ called")
        return (yield from self.fut.__await__())


class GiveWay:
    def __init__(self, times):
        self.times = times

    def __await__(self):
        for i in range(self.times):
            yield
        return f"gave way {self.times} times"


class Wrong:
    def __await__(self):
        yield 42


async def chatter(log):
    for i in range(3):
        log.append(i)
        await asyncio.sleep(0)


async def main():
    print(await Delayed("delayed value", 0.05))
    log = []
    t = asyncio.create_task(chatter(log))
    print(await GiveWay(2), log)
    await t
    try:
        await Wrong()
    except RuntimeError as e:
        print("RuntimeError:", e)
    task = asyncio.ensure_future(Delayed("through ensure_future", 0.01))
    print(type(task).__name__, await task)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(ValueError)
    print("set_exception(ValueError) stores", repr(fut.exception()))
    try:
        fut2 = loop.create_future()
        fut2.set_exception(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
