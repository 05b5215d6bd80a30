"""One failed task awaited by two others: both see the same exception object; the task's exception()
is that object too."""
import asyncio

async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("shared")

async def waiter(name, t):
    try:
        await t
    except ValueError as e:
        print(name, "caught", e)
        return e

async def main():
    t = asyncio.create_task(fails())
    a, b = await asyncio.gather(waiter("a", t), waiter("b", t))
    print(a is b, a is t.exception())

asyncio.run(main())
