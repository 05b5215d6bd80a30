"""The CancelledError an awaiter of a cancelled task catches, and the one result() raises: which object it
is, its message and what its __context__ holds, for a task cancelled while waiting, before starting, and
by raising CancelledError itself."""
import asyncio

def describe(e):
    ctx = e.__context__
    return f"{type(e).__name__}{e.args} context={type(ctx).__name__ if ctx else None}{ctx.args if ctx else ''}"

async def waits():
    await asyncio.sleep(1)

async def raises():
    raise asyncio.CancelledError("self-raised")

async def catches_and_reraises():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise asyncio.CancelledError("replaced")

async def main():
    for name, make, early in [("waiting", waits, False), ("unstarted", waits, True),
                              ("self-raised", raises, False), ("replaced", catches_and_reraises, False)]:
        t = asyncio.create_task(make())
        if not early:
            await asyncio.sleep(0)
        t.cancel("msg")
        try:
            await t
        except asyncio.CancelledError as e:
            first = e
            print(name, "await:", describe(e))
        try:
            t.result()
        except asyncio.CancelledError as e:
            print(name, "result:", describe(e), "same object:", e is first)

asyncio.run(main())
