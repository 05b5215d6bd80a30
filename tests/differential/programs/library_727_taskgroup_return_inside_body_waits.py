"""`return` inside a TaskGroup's body does not skip the children: the group waits for them before the
function really returns."""
import asyncio

async def child(n):
    await asyncio.sleep(n)
    print("child", n)

async def f():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(0.2))
        tg.create_task(child(0.1))
        print("returning")
        return "value"

async def main():
    print(await f())

asyncio.run(main())
