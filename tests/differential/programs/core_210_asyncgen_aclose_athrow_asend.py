import asyncio


async def agen():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
        yield 3
    except ValueError as e:
        print("agen caught", e)
        yield "recovered"
    finally:
        print("agen finally")
        await asyncio.sleep(0)
        print("agen finally after await")


async def main():
    g = agen()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.athrow(ValueError("boom")))
    await g.aclose()
    print("closed")
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("StopAsyncIteration after close")
    g2 = agen()
    print(await g2.__anext__())
    try:
        await g2.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    g3 = agen()
    await g3.aclose()
    print("closing unstarted: no finally")
    g4 = agen()
    print(await anext(g4))
    print(await anext(g4, "default"))
    print(await anext(g4))
    try:
        await anext(g4)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(g4, "default"))


asyncio.run(main())
