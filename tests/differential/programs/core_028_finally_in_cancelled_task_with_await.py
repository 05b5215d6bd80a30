import asyncio


async def body():
    try:
        print("body waiting")
        await asyncio.sleep(0.05)
    finally:
        print("finally starts cleanup")
        await asyncio.sleep(0.01)
        print("finally cleanup done")


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0.01)
    t.cancel()
    print("cancel requested")
    await asyncio.sleep(0)
    print("main after sleep(0), done?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())


asyncio.run(main())
