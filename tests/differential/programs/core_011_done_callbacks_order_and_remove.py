import asyncio


def make(name):
    def cb(f):
        print("cb", name, f.result())
    return cb


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a, b, c = make("a"), make("b"), make("c")
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    fut.add_done_callback(c)
    print("removed", fut.remove_done_callback(a))
    print("removed again", fut.remove_done_callback(a))
    fut.add_done_callback(a)
    fut.set_result(7)
    print("removed after done", fut.remove_done_callback(b))
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
