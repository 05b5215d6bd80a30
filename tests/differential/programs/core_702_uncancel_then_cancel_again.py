"""A task that swallows a cancellation and calls uncancel(): its count goes back to zero, a later sleep is
not interrupted, and a second cancel() is delivered normally."""
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print("caught, cancelling", me.cancelling(), "uncancel ->", me.uncancel())
    await asyncio.sleep(1)
    print("slept after uncancel")
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("second cancel", e.args, asyncio.current_task().cancelling())
        return "ended"

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.sleep(1.2)
    t.cancel("again")
    print(await t, t.cancelling())

asyncio.run(main())
