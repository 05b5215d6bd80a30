import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    print(repr(asyncio.CancelledError("m")), str(asyncio.TimeoutError()))
    e = asyncio.IncompleteReadError(b"ab", 5)
    print(repr(e), e.args)
    print(repr(asyncio.InvalidStateError("x")))


asyncio.run(main())
