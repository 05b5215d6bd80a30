"""print(future) in each state, as people do when learning what a Future is."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    fut.add_done_callback(print)
    print(fut)
    waiter = asyncio.create_task(asyncio.wait_for(fut, 1))
    await asyncio.sleep(0)
    print(len(repr(fut)) > 0, fut.done())
    fut.set_result({"answer": 42})
    print(fut)
    await waiter
    f2 = loop.create_future()
    f2.set_exception(KeyError("k"))
    print(f2)
    f2.exception()
    f3 = loop.create_future()
    f3.cancel("not needed")
    print(f3)
    f4 = loop.create_future()
    f4.set_result("x" * 100)
    print(f4)
    await asyncio.sleep(0)


asyncio.run(main())
