"""A Future subclass that overrides add_done_callback and result: a task awaiting it registers its wake-up
through the override (asyncio calls the methods of anything but its own Future), and result() is asked at
the wake-up as well as by the await."""
import asyncio

class Watched(asyncio.Future):
    def add_done_callback(self, fn, *, context=None):
        print("add_done_callback, from a task:", asyncio.current_task() is not None)
        super().add_done_callback(fn, context=context)
    def result(self):
        print("result() asked")
        return super().result()

async def waiter(f):
    print("got", await f)

async def main():
    loop = asyncio.get_running_loop()
    f = Watched()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    f.add_done_callback(lambda _: print("plain callback"))
    f.set_result(7)
    await t
    g = Watched()
    t2 = asyncio.create_task(waiter(g))
    await asyncio.sleep(0)
    g.set_exception(KeyError("k"))
    try:
        await t2
    except KeyError as e:
        print("t2 failed", repr(e))
    h = Watched()
    t3 = asyncio.create_task(waiter(h))
    await asyncio.sleep(0)
    t3.cancel("stop")
    try:
        await t3
    except asyncio.CancelledError as e:
        print("t3 cancelled", e.args, h.cancelled())

asyncio.run(main())
