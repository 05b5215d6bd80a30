"""An async generator left by `break` is closed later by the loop's finalizer hook; aclosing() closes it at once."""
import asyncio
import contextlib


async def rows(name):
    try:
        for i in range(5):
            await asyncio.sleep(0)
            yield i
    finally:
        print(f"{name}: cleanup starts")
        await asyncio.sleep(0)
        print(f"{name}: cleanup done")


async def main():
    async for r in rows("unclosed"):
        print("got", r)
        if r == 1:
            break
    print("after the loop (unclosed)")
    await asyncio.sleep(0)
    print("one yield later")
    await asyncio.sleep(0)
    print("two yields later")

    async with contextlib.aclosing(rows("aclosing")) as g:
        async for r in g:
            print("got", r)
            if r == 1:
                break
    print("after the aclosing block")


asyncio.run(main())
