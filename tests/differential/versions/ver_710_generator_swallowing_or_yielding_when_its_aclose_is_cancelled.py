# changes: aclose_thrown_into_before_start_runs_on
"""A generator whose aclose() task is cancelled before it starts, dropped in main's last step, that catches the
error and returns after an await (3.13: it returns; before, GeneratorExit at the await), and one that yields
again after an await in its finally (3.13: 'async generator ignored GeneratorExit', reported at shutdown)."""
import asyncio


async def swallows():
    try:
        yield 1
    except BaseException as e:
        print("swallows caught", type(e).__name__)
        await asyncio.sleep(0)
        print("swallows returns normally")


async def yields_again():
    try:
        yield 1
    finally:
        print("cleanup starts")
        await asyncio.sleep(0)
        print("cleanup yields")
        yield 2


async def first(make):
    g = make()
    print(await g.__anext__())


asyncio.run(first(swallows))
asyncio.run(first(yields_again))
print("exit")
