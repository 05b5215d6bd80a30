import asyncio


async def body():
    print("body started")
    try:
        await asyncio.sleep(0.01)
    finally:
        print("body finally")


async def main():
    t = asyncio.create_task(body())
    print("cancel returns", t.cancel())
    print("cancelled yet?", t.cancelled(), "done?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("caught CancelledError")
    print("cancelled:", t.cancelled(), "done:", t.done())


asyncio.run(main())
