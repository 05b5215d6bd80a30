"""Driving `future.__await__()` by hand: whether it may yield again is the future's _asyncio_future_blocking flag.

Yielding raises the flag; a Task that takes the future in lowers it. A second iterator, or the first one sent to
again, while the flag is up: "await wasn't used with future"; once lowered, the same iterator yields again."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    it = f.__await__()
    print("first yield is the future:", next(it) is f, "flag:", f._asyncio_future_blocking)
    for name, other in (("a second iterator", f.__await__()), ("the first one again", it)):
        try:
            next(other)
        except RuntimeError as e:
            print(f"{name}: {e}")
    f._asyncio_future_blocking = False
    print("flag lowered, the first iterator yields again:", next(it) is f)
    f.set_result("value")
    try:
        next(it)
    except StopIteration as e:
        print("done:", e.value)

    g = loop.create_future()
    waiter = asyncio.create_task(asyncio.wait_for(g, 1))
    await asyncio.sleep(0)
    print("a task waits on g, flag lowered by the task:", g._asyncio_future_blocking)
    it = g.__await__()
    print("so another iterator may yield it:", next(it) is g)
    g._asyncio_future_blocking = False
    g.set_result(1)
    print(await waiter)


asyncio.run(main())
