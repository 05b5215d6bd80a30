"""A ContextVar set in an awaited coroutine leaks back to the caller; set in a task, it does not (blog post)."""
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def sub2():
    print(f"  sub2 sees {var.get()!r}")
    var.set("set by sub2")


async def sub1():
    print(f"  sub1 sees {var.get()!r}")
    var.set("set by sub1")
    await sub2()


async def main():
    var.set("main")
    print("chained with await:")
    await sub1()
    print(f"  main now sees {var.get()!r}")

    var.set("main")
    print("chained with tasks:")
    await asyncio.create_task(sub1())
    print(f"  main now sees {var.get()!r}")

    print("a task given an empty context:")
    await asyncio.create_task(sub2(), context=contextvars.Context())
    print(f"  main now sees {var.get()!r}")

    ctx = contextvars.copy_context()
    await asyncio.create_task(sub1(), context=ctx)
    print(f"  the shared copy now holds {ctx[var]!r}, main still {var.get()!r}")


asyncio.run(main())
