"""A task runs in a copy of the context at its creation: a change made in the task is invisible to its
creator and vice versa; a context passed explicitly is used as is."""
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")

async def child(tag):
    print(tag, "sees", var.get())
    var.set(tag)
    await asyncio.sleep(0)
    print(tag, "now", var.get())

async def main():
    var.set("main")
    t = asyncio.create_task(child("t1"))
    var.set("main2")
    await t
    print("main sees", var.get())
    ctx = contextvars.copy_context()
    await asyncio.create_task(child("t2"), context=ctx)
    print("ctx holds", ctx[var], "main sees", var.get())

asyncio.run(main())
