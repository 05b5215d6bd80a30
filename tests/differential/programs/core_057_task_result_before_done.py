import asyncio


async def slow():
    await asyncio.sleep(0.01)
    return "r"


async def main():
    t = asyncio.create_task(slow())
    for what in ("result", "exception"):
        try:
            getattr(t, what)()
        except asyncio.InvalidStateError as e:
            print(what, "->", type(e).__name__, e)
    t.cancel()
    await asyncio.sleep(0)
    for what in ("result", "exception"):
        try:
            getattr(t, what)()
        except asyncio.CancelledError as e:
            print(what, "-> CancelledError", e.args)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("set_result on task:", e)


asyncio.run(main())
