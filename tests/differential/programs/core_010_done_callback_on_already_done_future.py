import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("v")
    loop.call_soon(print, "call_soon before add")
    fut.add_done_callback(lambda f: print("done callback", f.result()))
    loop.call_soon(print, "call_soon after add")
    print("added")
    await asyncio.sleep(0)
    print("main resumed")


asyncio.run(main())
