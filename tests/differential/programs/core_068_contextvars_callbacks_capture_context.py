import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    var.set("at add_done_callback")
    fut.add_done_callback(lambda f: print("done callback sees", var.get()))
    var.set("at call_soon")
    loop.call_soon(lambda: print("call_soon sees", var.get()))
    ctx = contextvars.copy_context()
    var.set("later")
    loop.call_soon(lambda: print("explicit context sees", var.get()), context=ctx)
    fut.set_result(None)

    async def child():
        print("child with context sees", var.get())
        var.set("child changed it")

    var.set("main before create_task")
    await asyncio.create_task(child(), context=ctx)
    print("ctx now holds", ctx[var])
    print("main sees", var.get())


asyncio.run(main())
