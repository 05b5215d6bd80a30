import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def first(f):
        print("first callback adds another")
        f.add_done_callback(lambda _: print("added during callbacks"))
        loop.call_soon(print, "call_soon from first")

    fut.add_done_callback(first)
    fut.add_done_callback(lambda _: print("second callback"))
    fut.set_result(None)
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")


asyncio.run(main())
