"""Which library calls make tasks and so spend a Task-N number: gather and shield of a coroutine,
ensure_future, wait_for (3.11 only wraps the coroutine in a task), as_completed, a TaskGroup child, a
finalized async generator's aclose()."""
import asyncio

async def nap():
    await asyncio.sleep(0)

def next_name():
    t = asyncio.create_task(nap())
    return t.get_name()

async def agen():
    yield 1
    yield 2

async def main():
    print("main is", asyncio.current_task().get_name())
    print("first", next_name())
    await asyncio.gather(nap(), nap())
    print("after gather of two", next_name())
    await asyncio.shield(nap())
    print("after shield", next_name())
    await asyncio.ensure_future(nap())
    print("after ensure_future", next_name())
    await asyncio.wait_for(nap(), 1)
    print("after wait_for", next_name())
    for f in asyncio.as_completed([nap()]):
        await f
    print("after as_completed", next_name())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(nap())
    print("after taskgroup", next_name())
    async for x in agen():
        break
    await asyncio.sleep(0)
    print("after dropped async generator", next_name())
    await asyncio.sleep(0)

asyncio.run(main())
