"""A future with two done callbacks and two tasks awaiting it: callbacks and wake-ups run in the order they
were added, the awaiters' wake-ups being done callbacks too; a callback removed after being added twice."""
import asyncio

async def waiter(name, fut):
    print(name, "got", await fut)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def cb(tag):
        return lambda f: print("callback", tag, f.result())
    first = cb("first")
    fut.add_done_callback(first)
    t1 = asyncio.create_task(waiter("t1", fut))
    await asyncio.sleep(0)
    fut.add_done_callback(cb("second"))
    fut.add_done_callback(first)
    t2 = asyncio.create_task(waiter("t2", fut))
    await asyncio.sleep(0)
    print("removed", fut.remove_done_callback(first))
    fut.add_done_callback(cb("third"))
    fut.set_result(42)
    print("set")
    await asyncio.gather(t1, t2)
    print("done")

asyncio.run(main())
