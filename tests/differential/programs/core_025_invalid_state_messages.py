import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for what in ("result", "exception"):
        try:
            getattr(f, what)()
        except asyncio.InvalidStateError as e:
            print(what, type(e).__name__, e)
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("set_result twice:", type(e).__name__, e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("set_exception after result:", type(e).__name__, e)
    print("result still", f.result(), "exception", f.exception())
    c = loop.create_future()
    c.cancel()
    try:
        c.exception()
    except asyncio.CancelledError:
        print("exception() on cancelled raises CancelledError")
    print(asyncio.InvalidStateError.__module__, issubclass(asyncio.InvalidStateError, Exception))


asyncio.run(main())
