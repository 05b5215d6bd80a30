"""A future-like object of the program's calls its done callbacks at once, from inside the task that
completes it: the waiting task's wake-up tries to run its step inside another task's step, and asyncio
refuses with RuntimeError in the completing task; the waiting task is left waiting, and a call back from a
plain callback later wakes it."""
import asyncio

class Box:
    _asyncio_future_blocking = False
    def __init__(self, loop):
        self._loop = loop
        self._cbs = []
    def get_loop(self):
        return self._loop
    def add_done_callback(self, fn, *, context=None):
        self._cbs.append(fn)
    def cancel(self, msg=None):
        return True
    def result(self):
        return "boxed"
    def fire(self):
        for fn in self._cbs:
            fn(self)
    def __await__(self):
        self._asyncio_future_blocking = True
        yield self
        return self.result()

async def use(box):
    print("got", await box)

async def main():
    loop = asyncio.get_running_loop()
    b = Box(loop)
    t = asyncio.create_task(use(b))
    await asyncio.sleep(0)
    try:
        b.fire()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" <")[0], "...")
    print("current task still main:", asyncio.current_task().get_coro().__name__)
    await asyncio.sleep(0)
    print("waiting task done?", t.done())
    loop.call_soon(b.fire)
    await t

asyncio.run(main())
