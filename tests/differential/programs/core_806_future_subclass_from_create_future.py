"""A loop whose create_future makes a Future subclass that reports its calls: asyncio.sleep, Queue, Event, Lock,
gather, wait_for and wait set, cancel and hand such futures the same callbacks as on asyncio (a task waiting on
one is woken by its task_wakeup)."""
import asyncio

class LoudFuture(asyncio.Future):
    def set_result(self, result):
        print("set_result", result)
        super().set_result(result)
    def set_exception(self, exc):
        print("set_exception", type(exc).__name__)
        super().set_exception(exc)
    def cancel(self, msg=None):
        print("cancel", msg)
        return super().cancel(msg)
    def add_done_callback(self, fn, *, context=None):
        print("add_done_callback", getattr(fn, "__name__", type(fn).__name__))
        super().add_done_callback(fn, context=context)

class FutureLoop(asyncio.SelectorEventLoop):
    def create_future(self):
        return LoudFuture(loop=self)

async def main():
    print("-- sleep")
    await asyncio.sleep(0.01, "r")
    print("-- sleep cancelled")
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("-- queue")
    q = asyncio.Queue()
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait(5)
    print(await g)
    print("-- event")
    e = asyncio.Event()
    w = asyncio.create_task(e.wait())
    await asyncio.sleep(0)
    e.set()
    await w
    print("-- lock")
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    await a
    print("-- gather")
    await asyncio.gather(asyncio.sleep(0), asyncio.sleep(0))
    print("-- wait_for")
    await asyncio.wait_for(asyncio.sleep(0), 1)
    print("-- wait")
    await asyncio.wait([asyncio.create_task(asyncio.sleep(0))])
    print("end")

loop = FutureLoop()
loop.run_until_complete(main())
loop.close()
