import asyncio


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", sorted(context), type(exc).__name__, exc)


def bad_callback():
    raise KeyError("from callback")


async def fails():
    raise ValueError("never retrieved")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print("handler installed:", loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    print("after the callback")
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print("task failed, dropping the last reference")
    del t
    print("after del")
    loop.call_exception_handler({"message": "manual call"})


asyncio.run(main())
