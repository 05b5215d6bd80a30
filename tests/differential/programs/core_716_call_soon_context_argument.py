"""call_soon and call_later take a context= argument: the callback sees the variables of that context, and
changes it makes stay in it."""
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="default")

def show(tag):
    print(tag, v.get())
    v.set(tag)

async def main():
    loop = asyncio.get_running_loop()
    ctx = contextvars.Context()
    ctx.run(v.set, "in ctx")
    v.set("main")
    loop.call_soon(show, "a", context=ctx)
    loop.call_soon(show, "b", context=ctx)
    loop.call_later(0.1, show, "c")
    loop.call_soon(show, "d")
    await asyncio.sleep(0.2)
    print("main", v.get(), "ctx", ctx[v])

asyncio.run(main())
