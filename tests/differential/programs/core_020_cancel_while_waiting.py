import asyncio


async def body():
    print("body started")
    try:
        await asyncio.sleep(0.05)
        print("not reached")
    except asyncio.CancelledError:
        print("body got CancelledError")
        raise
    finally:
        print("body finally")


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0.01)
    print("cancelling")
    t.cancel()
    print("after cancel(), done?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main caught CancelledError")
    print("cancelled:", t.cancelled())


asyncio.run(main())
