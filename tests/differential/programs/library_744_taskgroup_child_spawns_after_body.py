"""While a TaskGroup waits in __aexit__ for its children, a child adds a sibling, and that one adds
another: the group waits for all, in the order they finish, before the body's `async with` ends."""
import asyncio

async def spawner(tg, depth):
    await asyncio.sleep(0.1)
    print("depth", depth, "done")
    if depth < 3:
        tg.create_task(spawner(tg, depth + 1), name=f"d{depth + 1}")

async def main():
    start = asyncio.get_running_loop().time()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 1), name="d1")
        print("body ends")
    print("group exited", round(asyncio.get_running_loop().time() - start, 1))

asyncio.run(main())
