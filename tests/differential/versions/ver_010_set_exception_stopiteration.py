# changes: set_exception_wraps_stopiteration
# 3.13: Future.set_exception(StopIteration()) stores a RuntimeError caused by it; 3.11 and 3.12
# raise TypeError at the call (and let a subclass of StopIteration through unchanged).
import asyncio


class Exhausted(StopIteration):
    pass


async def main():
    loop = asyncio.get_running_loop()
    for exc in (StopIteration("plain"), Exhausted("subclass")):
        fut = loop.create_future()
        try:
            fut.set_exception(exc)
        except TypeError as error:
            print("set_exception raised TypeError:", error)
            continue
        stored = fut.exception()
        print("stored", type(stored).__name__, "-", stored, "- cause:", repr(stored.__cause__))


asyncio.run(main())
