"""A task over a coroutine that has no name of its own (a Coroutine class, an async generator's aclose())
shows it by its type in its repr, as asyncio does: <Countdown without __name__>()."""
import asyncio
import collections.abc


class Countdown(collections.abc.Coroutine):
    """A coroutine written as a class: send/throw/close by hand."""

    def __init__(self, n):
        self.n = n
        self.cr_running = False

    def send(self, value):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return None          # a bare yield: the task runs again next iteration

    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        pass

    def __await__(self):
        return self


async def gen():
    try:
        yield 1
    finally:
        print("gen finally")


async def main():
    t = asyncio.create_task(Countdown(2))
    print(t)
    print(await t)
    print(t)
    g = gen()
    await g.__anext__()
    closing = asyncio.create_task(g.aclose())
    print(closing)
    await closing
    print(closing)


asyncio.run(main())
