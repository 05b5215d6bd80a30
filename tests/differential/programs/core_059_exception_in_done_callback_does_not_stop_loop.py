import asyncio


def bad(f):
    print("bad callback raises")
    raise RuntimeError("in callback")


def good(f):
    print("good callback still runs")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(bad)
    fut.add_done_callback(good)
    fut.set_result(None)
    await asyncio.sleep(0.01)
    print("main continues")


asyncio.run(main())
