# changes: wait_for_uses_timeout
# On timeout, 3.11 cancels wait_for's inner task; 3.12+ cancels the caller's own task (the timeout
# context manager) and turns the CancelledError into TimeoutError.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print("cancelled in", me.get_name(), "cancelling() =", me.cancelling())
        raise
    finally:
        print("slow's finally")


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.1)
    except TimeoutError:
        print("TimeoutError in", asyncio.current_task().get_name(),
              "cancelling() =", asyncio.current_task().cancelling())


asyncio.run(main())
