"""Custom __await__: a bare yield gives the other task a turn, an empty iterator returns at once, and
yielding a value that is not a future fails the task's step with RuntimeError "Task got bad yield: 42"
(thrown into the coroutine, so it can be caught there or by whoever awaits the task)."""
import asyncio

class BareYield:
    def __await__(self):
        print("before bare yield")
        yield
        print("after bare yield")
        return "bare"

class BadYield:
    def __await__(self):
        yield 42
        return "never"

class Immediate:
    def __await__(self):
        return iter([])

async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    print(await BareYield())
    print(await Immediate())
    try:
        print(await BadYield())
    except RuntimeError as e:
        print("RuntimeError", e)
    await t

async def main2():
    try:
        await asyncio.create_task(bad())
    except RuntimeError as e:
        print("task:", e)

async def bad():
    return await BadYield()

asyncio.run(main())
asyncio.run(main2())
