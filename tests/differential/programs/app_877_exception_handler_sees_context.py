"""A custom exception handler that logs to stdout: what message each kind of lost error arrives with."""
import asyncio
import gc


def handler(loop, context):
    exc = context.get("exception")
    print(f"handler: {context['message']!r} exc={exc!r} keys={sorted(context)}")


def bad_callback():
    raise ZeroDivisionError("in a callback")


async def failing():
    raise KeyError("nobody awaited me")


async def main():
    gc.disable()
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    print("after the callback")
    t = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print("task done:", t.done())
    del t
    print("after del")
    loop.call_exception_handler({"message": "custom report", "detail": 7})
    fut = loop.create_future()
    fut.set_exception(OSError("future's error"))
    del fut
    print("after the future")


asyncio.run(main())
print("exited")
