"""An async generator's body runs in the context of whoever calls __anext__; when dropped mid-run the loop
closes it in a new task made in the context current when it was collected; left open at the end,
asyncio.run closes it in the context outside main."""
import asyncio
import contextvars

who = contextvars.ContextVar("who", default="outside")

async def gen(tag):
    try:
        while True:
            yield f"{tag}: {who.get()}"
    finally:
        print(f"{tag} closed in context {who.get()!r}")

async def reader(name, g):
    who.set(name)
    print(await g.__anext__())

kept = None

async def main():
    global kept
    who.set("main")
    shared = gen("shared")
    await reader("task-1", shared)
    await asyncio.create_task(reader("task-2", shared))
    async def drops():
        who.set("dropper")
        g = gen("dropped")
        print(await g.__anext__())
        del g
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    await asyncio.create_task(drops())
    await asyncio.sleep(0)
    kept = gen("kept")
    print(await kept.__anext__())
    await shared.aclose()
    print("main ends")

asyncio.run(main())
