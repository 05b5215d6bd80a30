# changes: iscoroutine_rejects_generators
# 3.12: asyncio.iscoroutine() is False for generators (legacy generator-based coroutines are gone),
# so create_task and ensure_future refuse them.
import asyncio


def gen():
    yield


async def coro():
    pass


async def main():
    print("generator:", asyncio.iscoroutine(gen()))
    c = coro()
    print("coroutine:", asyncio.iscoroutine(c))
    await c
    try:
        task = asyncio.ensure_future(gen())
    except TypeError as error:
        print("ensure_future:", error)
    else:
        print("ensure_future made a task:", type(task).__name__)
        await task
        print("the generator task ended with", task.result())


asyncio.run(main())
