import asyncio


async def child():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    loop.call_soon(print, "child's call_soon from its last step")
    print("child returns")
    return "child value"


async def main():
    t = asyncio.create_task(child())
    t.add_done_callback(lambda _: print("done callback"))
    print("main awaits child")
    v = await t
    print("main resumed with", v)


asyncio.run(main())
