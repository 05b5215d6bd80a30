import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")


def show(label):
    print(label, var.get())


async def child():
    var.set("child")
    await asyncio.sleep(0)
    return "c"


async def main():
    var.set("main")
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(child())
    t.add_done_callback(lambda f: show("done cb registered in main sees"))
    await t
    show("main after child sees")
    ctx = contextvars.copy_context()
    ctx.run(var.set, "ctx")
    loop.call_soon(show, "call_soon with ctx sees", context=ctx)
    loop.call_soon(show, "call_soon plain sees")
    await asyncio.sleep(0)
    t2 = asyncio.create_task(child(), context=ctx)
    await t2
    print("ctx after child task ran in it:", ctx[var])
    fut = loop.create_future()
    fut.add_done_callback(lambda f: show("future cb with ctx"), context=ctx)
    var.set("main2")
    fut.set_result(1)
    await asyncio.sleep(0)

    def cb():
        var.set("set in callback")
        show("callback sees")
    loop.call_soon(cb)
    await asyncio.sleep(0)
    show("main after callback")


asyncio.run(main())
print("outside", var.get())
