import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback sees", f.result()))
    print("before set_result")
    fut.set_result(42)
    print("after set_result, done =", fut.done())
    await asyncio.sleep(0)
    print("main resumed")


asyncio.run(main())
