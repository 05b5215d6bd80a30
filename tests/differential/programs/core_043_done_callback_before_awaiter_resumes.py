import asyncio


async def child():
    await asyncio.sleep(0.01)
    print("child returns")
    return "r"


async def waiter(t, name):
    v = await t
    print(name, "resumed with", v)


async def main():
    t = asyncio.create_task(child())
    t.add_done_callback(lambda f: print("callback 1", f.result()))
    w = asyncio.create_task(waiter(t, "waiter"))
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("callback 2", f.result()))
    print("main awaits")
    v = await t
    print("main resumed with", v)
    await w


asyncio.run(main())
