import asyncio


async def guarded():
    try:
        async with asyncio.timeout(0.03):
            await asyncio.sleep(0.05)
    except TimeoutError:
        print("TimeoutError (wrong)")
    except asyncio.CancelledError:
        print("CancelledError: the external cancel wins")
        raise


async def expired_then_cancelled():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(0.05)
            except asyncio.CancelledError:
                print("inner: first cancel (timeout); waiting again")
                await asyncio.sleep(0.05)
    except TimeoutError:
        print("TimeoutError (wrong)")
    except asyncio.CancelledError:
        print("CancelledError: two cancels, only one was the timeout's")
        raise


async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("guarded cancelled:", t.cancelled())
    t2 = asyncio.create_task(expired_then_cancelled())
    await asyncio.sleep(0.02)
    t2.cancel()
    await asyncio.gather(t2, return_exceptions=True)
    print("second cancelled:", t2.cancelled())


asyncio.run(main())
