"""task.cancel(msg): the message, cancelling() counts requests, uncancel(), and a task that swallows the cancel."""
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("stubborn caught:", e.args)
        return "kept going"


async def obedient():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        me = asyncio.current_task()
        print("obedient caught:", e.args, "cancelling() =", me.cancelling())
        raise


async def main():
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel("please stop")
    print("stubborn result:", await s, "| cancelled():", s.cancelled())

    o = asyncio.create_task(obedient())
    await asyncio.sleep(0)
    print(o.cancel("first"), o.cancel("second"), "cancelling() =", o.cancelling())
    try:
        await o
    except asyncio.CancelledError as e:
        print("awaiting it raised:", e.args, o.cancelled())

    print("cancel a done task:", o.cancel())
    t = asyncio.create_task(asyncio.sleep(0, "never ran"))
    t.cancel()
    print("cancelled before it started:", t.cancelling())
    await asyncio.sleep(0)
    print("done:", t.done(), "cancelled:", t.cancelled())


asyncio.run(main())
