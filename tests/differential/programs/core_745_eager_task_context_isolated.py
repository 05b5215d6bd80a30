"""An eager task (3.12+) runs its first step inside create_task but in a copy of the creator's context:
what it sets there stays in the task; current_task() is the new task meanwhile and the creator again
after."""
import asyncio
import contextvars
import sys

v = contextvars.ContextVar("v", default="outer")

async def child():
    print("child sees", v.get(), "current:", asyncio.current_task().get_name())
    v.set("child")
    await asyncio.sleep(0)
    print("child after await sees", v.get())

async def main():
    if sys.version_info < (3, 12):
        print("no eager tasks")
        return
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    v.set("main")
    t = asyncio.create_task(child(), name="kid")
    print("main sees", v.get(), "current:", asyncio.current_task().get_name())
    ctx = contextvars.copy_context()
    ctx.run(v.set, "given")
    t2 = asyncio.create_task(child(), name="kid2", context=ctx)
    print("given context now", ctx[v])
    await asyncio.gather(t, t2)

asyncio.run(main())
