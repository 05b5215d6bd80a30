import asyncio


async def quits():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("raised by hand")


async def main():
    t = asyncio.create_task(quits())
    res = await asyncio.gather(t, return_exceptions=True)
    print("gather result:", [type(r).__name__ for r in res], res[0].args)
    print("task cancelled:", t.cancelled(), "cancelling:", t.cancelling())
    t2 = asyncio.create_task(quits())
    try:
        await t2
    except asyncio.CancelledError as e:
        print("awaiting it raises CancelledError", e.args)
    print("main not cancelled:", asyncio.current_task().cancelling())


asyncio.run(main())
