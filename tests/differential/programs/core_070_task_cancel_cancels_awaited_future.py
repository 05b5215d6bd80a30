import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def victim(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("victim saw CancelledError; cancelling() =", asyncio.current_task().cancelling())
    return "victim carries on"


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    t = asyncio.create_task(waiter(f1))
    await asyncio.sleep(0)
    t.cancel("msg")
    await asyncio.gather(t, return_exceptions=True)
    print("future cancelled too:", f1.cancelled())
    f2 = loop.create_future()
    v = asyncio.create_task(victim(f2))
    await asyncio.sleep(0)
    f2.cancel()
    print(await v, "| task cancelled:", v.cancelled())


asyncio.run(main())
