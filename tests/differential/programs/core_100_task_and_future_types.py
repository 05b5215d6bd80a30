import asyncio


async def noop():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(noop())
    print(type(t), isinstance(t, asyncio.Future), issubclass(asyncio.Task, asyncio.Future))
    print(type(loop.create_future()))
    g = asyncio.gather(noop())
    print(type(g).__name__)
    c = asyncio.sleep(0)
    print(type(c).__name__)
    await c
    await t
    await g


asyncio.run(main())
