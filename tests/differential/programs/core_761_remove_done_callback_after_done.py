"""remove_done_callback after the future is done: the callbacks are already scheduled, removal finds none
(returns 0) and they still run; adding a callback to a done future schedules it."""
import asyncio

def cb(tag):
    return lambda f: print("cb", tag, f.result())

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    a = cb("a")
    f.add_done_callback(a)
    f.set_result(1)
    print("removed", f.remove_done_callback(a))
    f.add_done_callback(cb("late"))
    print("before yielding")
    await asyncio.sleep(0)
    print("after")

asyncio.run(main())
