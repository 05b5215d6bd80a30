"""An outer TaskGroup holding an inner one is cancelled from outside: every child at every level is
cancelled (one child per group: a group cancels several in an order of its own), innermost cleanups print, each group re-raises CancelledError, and the task ends cancelled with
cancelling() 1."""
import asyncio

async def leaf(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def inner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(leaf("inner leaf"))
    except asyncio.CancelledError:
        print("inner group cancelled")
        raise

async def outer():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner())
            await leaf("outer body")
    except asyncio.CancelledError:
        print("outer group cancelled, cancelling:", asyncio.current_task().cancelling())
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer task cancelled:", t.cancelled())

asyncio.run(main())
