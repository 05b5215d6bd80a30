"""Cancelling a gather() cancels its children; each one reports it."""
import asyncio


async def child(n):
    try:
        await asyncio.sleep(0.02 * n)
        print(f"child {n} finished")
        return n
    except asyncio.CancelledError:
        print(f"child {n} cancelled")
        raise


async def main():
    group = asyncio.gather(child(1), child(3), child(4))
    await asyncio.sleep(0.03)
    print("cancelling the gather:", group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("group cancelled?", group.cancelled())


asyncio.run(main())
