# changes: exception_handler_in_callback_context
# 3.12: a custom exception handler is called inside the context of the handle (or task) that
# failed; in 3.11 it ran in whatever context the loop had.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="no request")


def handler(loop, context):
    print("handler sees:", request.get(), "-", context["message"].split(" ")[0])


def failing_callback():
    raise ValueError("boom")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    ctx = contextvars.copy_context()
    ctx.run(request.set, "request-7")
    loop.call_soon(failing_callback, context=ctx)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main ends")


asyncio.run(main())
