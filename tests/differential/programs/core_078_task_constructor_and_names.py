import asyncio


async def job():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.Task(job())
    t2 = loop.create_task(job())
    t3 = asyncio.ensure_future(job())
    t3.set_name(42)
    print(t1.get_name(), t2.get_name(), repr(t3.get_name()))
    print(await t1, await t2, await t3)
    print("coro name:", t1.get_coro().__qualname__)


asyncio.run(main())
