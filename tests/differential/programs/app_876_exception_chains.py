"""What a caught asyncio exception is chained to (__cause__, __context__), as debugging sessions print them."""
import asyncio


def chain(e):
    out = []
    while e is not None:
        link = "cause" if e.__cause__ is not None else "context"
        out.append(f"{type(e).__name__}({', '.join(map(repr, e.args))})")
        e = e.__cause__ if e.__cause__ is not None else (None if e.__suppress_context__ else e.__context__)
        if e is not None:
            out.append(f"-{link}->")
    return " ".join(out)


async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("inner")


async def reraise_as():
    try:
        await fails()
    except ValueError as e:
        raise RuntimeError("outer") from e


async def main():
    for name, coro in [
        ("wait_for timeout", lambda: asyncio.wait_for(asyncio.sleep(1), 0.05)),
        ("awaited failure", lambda: fails()),
        ("task with raise from", lambda: asyncio.create_task(reraise_as())),
        ("gather", lambda: asyncio.gather(fails(), asyncio.sleep(0.1))),
    ]:
        try:
            await coro()
        except Exception as e:
            print(f"{name}: {chain(e)}")
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout():", chain(e))
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel("bye")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting a cancelled task:", e.args)
    try:
        try:
            await fails()
        finally:
            await asyncio.sleep(0)
    except ValueError as e:
        print("through a finally:", chain(e))


asyncio.run(main())
