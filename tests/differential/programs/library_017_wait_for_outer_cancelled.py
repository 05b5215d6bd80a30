import asyncio


async def inner():
    try:
        await asyncio.sleep(0.05)
    finally:
        print("inner finally")


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=0.04)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: outer task cancelled", t.cancelled())


asyncio.run(main())
