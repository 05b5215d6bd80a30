"""A task can wait on an object that is not an asyncio.Future but quacks like one: it has
_asyncio_future_blocking, get_loop, add_done_callback, result; the task registers its wake-up with it."""
import asyncio

class Quack:
    _asyncio_future_blocking = False
    def __init__(self, loop):
        self._loop = loop
        self._callbacks = []
        self._done = False
    def get_loop(self):
        return self._loop
    def add_done_callback(self, fn, *, context=None):
        print("add_done_callback called, context given:", context is not None)
        self._callbacks.append((fn, context))
    def done(self):
        return self._done
    def cancel(self, msg=None):
        print("cancel called")
        return False
    def result(self):
        return "quacked"
    def finish(self):
        self._done = True
        for fn, ctx in self._callbacks:
            self._loop.call_soon(fn, self, context=ctx)
    def __await__(self):
        if not self._done:
            self._asyncio_future_blocking = True
            yield self
        return self.result()

async def main():
    loop = asyncio.get_running_loop()
    q = Quack(loop)
    t = asyncio.create_task(asyncio.sleep(0, "x"))
    async def waiter():
        print("waiter got", await q)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print("waiting", w.done())
    q.finish()
    await w

asyncio.run(main())
