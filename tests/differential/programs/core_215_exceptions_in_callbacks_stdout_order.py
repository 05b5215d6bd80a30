import asyncio


def bad(n):
    print("bad", n)
    raise ValueError(n)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad, 1)
    loop.call_soon(print, "after bad 1")
    loop.call_later(0.01, bad, 2)
    loop.call_later(0.01, print, "after bad 2")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: bad(3))
    fut.add_done_callback(lambda f: print("second done callback"))
    fut.set_result(None)
    await asyncio.sleep(0.02)
    print("main done")


asyncio.run(main())
