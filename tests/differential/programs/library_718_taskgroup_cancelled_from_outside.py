"""The task running a TaskGroup is cancelled from outside: the children are cancelled, the group waits for
them, and CancelledError (not an ExceptionGroup) comes out; cancelling() is 1 then."""
import asyncio

async def child(n):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        await asyncio.sleep(0.1)
        print("child", n, "cleaned up")
        raise

async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("runner sees CancelledError, cancelling", asyncio.current_task().cancelling())
        raise

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: runner cancelled", t.cancelled())

asyncio.run(main())
