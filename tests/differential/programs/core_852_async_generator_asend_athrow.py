"""An async generator driven by hand: asend() values in, athrow() an error it handles, aclose() while suspended."""
import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("  generator handled", repr(e))
                value = 0
            await asyncio.sleep(0.01)
            if value is not None:
                total += value
    finally:
        print("  generator cleanup, total", total)
        await asyncio.sleep(0.01)
        print("  cleanup awaited fine")


async def main():
    gen = accumulator()
    print("start:", await gen.asend(None))
    print("send 5:", await gen.asend(5))
    print("send 7:", await gen.asend(7))
    print("throw ValueError:", await gen.athrow(ValueError("bad value")))
    print("next:", await gen.__anext__())
    await gen.aclose()
    print("closed; asend now:", end=" ")
    try:
        await gen.asend(1)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g2 = accumulator()
    try:
        await g2.athrow(KeyError("before start"))
    except KeyError as e:
        print("athrow before start raises it straight back:", repr(e))
    await g2.aclose()
    print("aclose of a finished generator is fine")


asyncio.run(main())
