import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")


async def child(name):
    print(name, "sees", var.get())
    var.set(name)
    await asyncio.sleep(0)
    print(name, "after sleep sees", var.get())


async def main():
    var.set("main-1")
    t1 = asyncio.create_task(child("c1"))
    var.set("main-2")
    t2 = asyncio.create_task(child("c2"))
    await asyncio.gather(t1, t2)
    print("main sees", var.get())
    var.set("main-3")
    await child("direct")
    print("main after direct await sees", var.get())


asyncio.run(main())
print("outside sees", var.get())
