"""A task that catches its cancellation and returns: not cancelled, cancelling() stays counted;
two cancel() calls count twice; a task cancelled before its first step never runs."""
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught cancel")
        await asyncio.sleep(0.01)
        return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling())
    r = await t
    print(r, t.cancelled(), t.cancelling())
    t2 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t2.cancel(); t2.cancel()
    print("count", t2.cancelling())
    print(await t2, t2.cancelling())
    t3 = asyncio.create_task(stubborn())
    t3.cancel()
    try:
        print(await t3)
    except asyncio.CancelledError:
        print("t3 cancelled before start")

asyncio.run(main())
