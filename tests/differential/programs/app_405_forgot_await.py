"""Forgetting `await`: the coroutine never runs (and Python warns on stderr)."""
import asyncio


async def save(item):
    await asyncio.sleep(0.01)
    print(f"saved {item}")
    return True


async def main():
    result = save("first")          # oops: no await
    print("result is a", type(result).__name__)
    print("truthy?", bool(result))
    del result
    ok = await save("second")
    print("awaited result:", ok)
    task = asyncio.create_task(save("third"))
    print("task created, not awaited yet")
    await asyncio.sleep(0.02)
    print("task done by now:", task.done())


asyncio.run(main())
