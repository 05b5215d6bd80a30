"""Cancelling the task that awaits gather(): the children are cancelled too, in the order they were passed."""
import asyncio


async def child(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    try:
        await asyncio.gather(child("c1", 0.3), child("c2", 0.05), child("c3", 0.4))
    except asyncio.CancelledError:
        print("parent sees the cancellation")
        raise


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    print("cancelling parent")
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent task cancelled:", t.cancelled())


asyncio.run(main())
