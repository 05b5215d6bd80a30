"""aclose() on an async generator that never started just closes it; on one suspended at a yield it runs
the finally block (which may await); athrow() into a closed generator neither raises the error it is given
nor StopAsyncIteration: it returns None."""
import asyncio

async def gen():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print("finally ran")

async def main():
    g = gen()
    await g.aclose()
    print("unstarted closed")
    g = gen()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    try:
        print("athrow on closed returned", await g.athrow(ValueError("x")))
    except ValueError as e:
        print("athrow on closed raised", repr(e))
    except StopAsyncIteration:
        print("athrow on closed: StopAsyncIteration")

asyncio.run(main())
