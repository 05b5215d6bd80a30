# changes: get_context
# 3.12: Handle.get_context() and Task.get_context() return the contextvars context the callback
# or task runs in. 3.11 has neither method.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


async def work():
    request.set("in task")
    await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    ctx.run(request.set, "in handle")
    handle = loop.call_soon(print, "callback", context=ctx)
    try:
        print("handle context holds:", handle.get_context()[request])
    except AttributeError as error:
        print("AttributeError:", error)
    task = asyncio.create_task(work())
    await task
    try:
        print("task context holds:", task.get_context()[request])
    except AttributeError as error:
        print("AttributeError:", error)


asyncio.run(main())
