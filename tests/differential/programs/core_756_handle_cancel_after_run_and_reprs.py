"""Cancelling a handle after its callback ran still marks it cancelled; reprs of handles before running,
after running and cancelled; TimerHandles compare by deadline; a timer cancelled from inside an earlier
callback of the same iteration does not run."""
import asyncio

def cb(tag):
    print("run", tag)

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, "soon")
    print(repr(h).split(" at ")[0])
    await asyncio.sleep(0)
    print("after run:", h.cancelled(), repr(h).split(" at ")[0])
    h.cancel()
    print("cancel after run:", h.cancelled(), repr(h))
    t0 = loop.time()
    a = loop.call_later(0.2, cb, "a")
    b = loop.call_later(0.1, cb, "b")
    print("b < a:", b < a, "a == a:", a == a, "a != b:", a != b, "b <= a:", b <= a)
    c = loop.call_later(0.1, cb, "c")
    loop.call_later(0.1, lambda: c.cancel())
    d = loop.call_later(0.1, cb, "d")
    loop.call_soon(lambda: print("soon sees d cancelled?", d.cancelled()))
    b.cancel()
    print("b:", b.cancelled(), repr(b).split(" when=")[0])
    await asyncio.sleep(0.3)
    a.cancel()
    print("a after run, cancelled now:", a.cancelled(), round(a.when() - t0, 2))

asyncio.run(main())
