import asyncio


async def child():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    print("main is", asyncio.current_task().get_name())
    t1 = asyncio.create_task(child())
    t2 = asyncio.create_task(child(), name="worker")
    t3 = asyncio.create_task(child())
    print(t1.get_name(), t2.get_name(), t3.get_name())
    t3.set_name("renamed")
    print(await t1, await t2, await t3)
    t4 = asyncio.ensure_future(child())
    print(t4.get_name())
    await t4


asyncio.run(main())
