import asyncio


async def body():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        raise ValueError("replaced the cancel")


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except ValueError as e:
        print("ValueError:", e)
    print("cancelled:", t.cancelled(), "exception:", repr(t.exception()))


asyncio.run(main())
