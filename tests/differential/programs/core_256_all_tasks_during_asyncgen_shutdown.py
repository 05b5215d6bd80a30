import asyncio


async def gen():
    try:
        yield 1
    finally:
        me = asyncio.current_task()
        print("finalizing in", me.get_name(), "tasks alive:", len(asyncio.all_tasks()))
        print("coroutine of the task:", me.get_coro().__qualname__)


async def leftover():
    try:
        await asyncio.sleep(1)
    finally:
        print("leftover finally, tasks alive:", len(asyncio.all_tasks()),
              asyncio.current_task().get_name())


async def main():
    g = gen()
    await g.__anext__()
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    print("main done", asyncio.current_task().get_name())
    return g


keep = asyncio.run(main())
print("end")
