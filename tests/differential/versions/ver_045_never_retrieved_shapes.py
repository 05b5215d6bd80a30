# changes: none
# Every version reports "exception was never retrieved" when the future or task is freed: a failing
# task nobody keeps, a future failed in a callback, a future dropped inside an except block.
import asyncio


def handler(loop, context):
    print("handler:", context["message"], repr(context.get("exception")))


async def inner():
    await asyncio.sleep(0)
    raise KeyError("deep")


async def fails_later():
    await asyncio.sleep(0.01)
    await inner()


def fail(fut):
    fut.set_exception(RuntimeError("from a callback"))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    asyncio.create_task(fails_later())
    loop.call_soon(fail, loop.create_future())
    await asyncio.sleep(0.1)
    print("main continues")
    try:
        raise ValueError("handled")
    except ValueError:
        fut = loop.create_future()
        fut.set_exception(ValueError("in except"))
        fut = None
    print("after except")


asyncio.run(main())
print("program ends")
