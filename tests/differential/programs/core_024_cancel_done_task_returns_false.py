import asyncio


async def quick():
    return 5


async def main():
    t = asyncio.create_task(quick())
    await t
    print("cancel done task:", t.cancel())
    print("cancelled:", t.cancelled(), "result:", t.result())
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("cancel pending future:", f.cancel())
    print("cancel again:", f.cancel())
    g = loop.create_future()
    g.set_exception(ValueError("x"))
    print("cancel failed future:", g.cancel())
    g.exception()


asyncio.run(main())
