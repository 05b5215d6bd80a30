"""A future-like object of the program's: when its result() raises, the error is thrown into the awaiting
task; cancelling the task asks the object's cancel(), and if that says no the task is cancelled at its next
step anyway; yielding one that is not marked blocking is a 'yield instead of yield from' error.  The object
calls its callbacks from a plain callback (from a task's step, asyncio would refuse to enter the waiting task)."""
import asyncio

class Box:
    def __init__(self, loop):
        self._loop = loop
        self._cbs = []
        self._exc = None
        self._asyncio_future_blocking = False
    def get_loop(self):
        return self._loop
    def add_done_callback(self, fn, *, context=None):
        self._cbs.append(fn)
    def cancel(self, msg=None):
        print("Box.cancel", msg)
        return False
    def result(self):
        if self._exc:
            raise self._exc
        return "boxed"
    def fire(self, exc=None):
        self._exc = exc
        for fn in self._cbs:
            fn(self)
    def __await__(self):
        self._asyncio_future_blocking = True
        yield self
        return self.result()

class Sloppy(Box):
    def __await__(self):
        yield self
        return "never"

async def use(box):
    try:
        print("got", await box)
    except Exception as e:
        print("use caught", type(e).__name__, str(e).split(" in task")[0])
    await asyncio.sleep(0)
    print("use goes on")

async def main():
    loop = asyncio.get_running_loop()
    b = Box(loop)
    t = asyncio.create_task(use(b))
    await asyncio.sleep(0)
    loop.call_soon(b.fire, ValueError("from box"))
    print("fire scheduled")
    await t
    b2 = Box(loop)
    t2 = asyncio.create_task(use(b2))
    await asyncio.sleep(0)
    print("cancel ->", t2.cancel("please"))
    loop.call_soon(b2.fire)
    try:
        await t2
    except asyncio.CancelledError as e:
        print("t2 cancelled", e.args)
    t3 = asyncio.create_task(use(Sloppy(loop)))
    await t3

asyncio.run(main())
