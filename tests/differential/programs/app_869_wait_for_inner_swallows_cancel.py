"""wait_for() times out on a coroutine that catches the cancellation and returns a value: what does the caller get?"""
import asyncio


async def cleanup_then_return():
    try:
        await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print("inner: cancelled, cleaning up")
        await asyncio.sleep(0.1)
        print("inner: cleanup done")
        return "partial"


async def cleanup_then_raise():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner: cancelled, re-raising")
        raise


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        print("wait_for returned", await asyncio.wait_for(cleanup_then_raise(), 0.1))
    except TimeoutError:
        print(f"TimeoutError after {loop.time() - t0:.1f}")
    t0 = loop.time()
    try:
        print("wait_for returned", await asyncio.wait_for(cleanup_then_return(), 0.1))
    except TimeoutError:
        print(f"TimeoutError after {loop.time() - t0:.1f}")
    print(f"at {loop.time() - t0:.1f}")
    t0 = loop.time()
    try:
        print("wait_for returned", await asyncio.wait_for(asyncio.shield(asyncio.sleep(0.3, "shielded")), 0.1))
    except TimeoutError:
        print(f"shielded: TimeoutError after {loop.time() - t0:.1f}")
    print("wait_for with a generous timeout:", await asyncio.wait_for(asyncio.sleep(0.1, "value"), 1))


asyncio.run(main())
