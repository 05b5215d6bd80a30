import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, "x")
    th = loop.call_later(0.01, print, "y")
    print(type(h).__name__, type(th).__name__, isinstance(th, asyncio.Handle))
    print(h.cancelled(), th.cancelled())
    print(hasattr(h, "get_context"), hasattr(asyncio.Task, "get_context"))
    th2 = loop.call_at(10**9, print, "far")
    print(th < th2, th2.when() == 10**9)
    th2.cancel()
    await asyncio.sleep(0.02)
    print(loop.is_running(), loop.is_closed(), loop.get_debug())


asyncio.run(main())
