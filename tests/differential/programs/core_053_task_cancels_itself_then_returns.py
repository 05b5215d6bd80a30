import asyncio


async def self_cancel_and_return():
    asyncio.current_task().cancel()
    print("cancel requested, returning without awaiting")
    return "value"


async def self_cancel_then_await():
    asyncio.current_task().cancel()
    print("cancel requested, now awaiting")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("CancelledError at the next await")
        raise


async def main():
    t1 = asyncio.create_task(self_cancel_and_return())
    await asyncio.gather(t1, return_exceptions=True)
    print("t1 cancelled:", t1.cancelled())
    t2 = asyncio.create_task(self_cancel_then_await())
    await asyncio.gather(t2, return_exceptions=True)
    print("t2 cancelled:", t2.cancelled())


asyncio.run(main())
