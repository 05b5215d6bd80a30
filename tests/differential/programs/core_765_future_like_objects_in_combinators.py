"""A future-like object of the program's (not an asyncio.Future) passed to gather, wait, wait_for and
shield: asyncio treats it as a future (isfuture), registers done callbacks on it and reads its result."""
import asyncio

class Box:
    _asyncio_future_blocking = False
    def __init__(self, loop, name):
        self._loop, self.name, self._cbs, self._done, self._value = loop, name, [], False, None
    def get_loop(self):
        return self._loop
    def add_done_callback(self, fn, *, context=None):
        if self._done:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._cbs.append((fn, context))
    def remove_done_callback(self, fn):
        n = len(self._cbs)
        self._cbs = [(f, c) for f, c in self._cbs if f != fn]
        return n - len(self._cbs)
    def done(self):
        return self._done
    def cancelled(self):
        return False
    def cancel(self, msg=None):
        return False
    def exception(self):
        return None
    def result(self):
        return self._value
    def finish(self, value):
        self._done, self._value = True, value
        for fn, ctx in self._cbs:
            self._loop.call_soon(fn, self, context=ctx)
    def __await__(self):
        if not self._done:
            self._asyncio_future_blocking = True
            yield self
        return self.result()
    def __repr__(self):
        return f"<Box {self.name}>"

async def main():
    loop = asyncio.get_running_loop()
    boxes = [Box(loop, n) for n in "abc"]
    print("isfuture:", asyncio.isfuture(boxes[0]), asyncio.ensure_future(boxes[0]) is boxes[0])
    loop.call_later(0.1, boxes[0].finish, 1)
    loop.call_later(0.2, boxes[1].finish, 2)
    loop.call_later(0.3, boxes[2].finish, 3)
    print("gather:", await asyncio.gather(boxes[0], boxes[1]))
    done, pending = await asyncio.wait([boxes[2]], timeout=1)
    print("wait:", done, pending)
    b4 = Box(loop, "d")
    loop.call_later(0.1, b4.finish, 4)
    print("wait_for:", await asyncio.wait_for(b4, 1))
    b5 = Box(loop, "e")
    loop.call_later(0.1, b5.finish, 5)
    print("shield:", await asyncio.shield(b5))

asyncio.run(main())
