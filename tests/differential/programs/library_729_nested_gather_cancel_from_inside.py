"""A gather nested inside another: one leaf cancels itself; the inner gather raises CancelledError, which
the outer gather with return_exceptions records; the other leaves finish."""
import asyncio

async def leaf(n):
    await asyncio.sleep(n / 10)
    if n == 2:
        raise asyncio.CancelledError("leaf 2 gave up")
    return n

async def main():
    inner = asyncio.gather(leaf(1), leaf(2), leaf(3))
    res = await asyncio.gather(inner, leaf(4), return_exceptions=True)
    print([repr(r) for r in res])
    await asyncio.sleep(0.5)
    print("inner cancelled?", inner.cancelled())

asyncio.run(main())
