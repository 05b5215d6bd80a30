# changes: uncancel_clears_pending_cancel
# 3.13: Task.uncancel() bringing the count back to zero also withdraws a cancellation not yet
# delivered; in 3.11 and 3.12 the CancelledError still arrives at the next await.
import asyncio


async def main():
    me = asyncio.current_task()
    me.cancel()
    print("cancelling:", me.cancelling())
    print("uncancel ->", me.uncancel())
    try:
        await asyncio.sleep(0)
        print("next await went through")
    except asyncio.CancelledError:
        print("next await raised CancelledError")


asyncio.run(main())
