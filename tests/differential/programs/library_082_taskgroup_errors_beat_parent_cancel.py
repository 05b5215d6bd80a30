import asyncio


async def child():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        raise ValueError("failed while being cancelled")


async def parent():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
        await asyncio.sleep(0.05)


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent raised CancelledError")
    except ExceptionGroup as eg:
        print("parent raised ExceptionGroup:", [str(e) for e in eg.exceptions])
    print("parent cancelled():", t.cancelled())


asyncio.run(main())
