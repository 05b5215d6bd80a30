"""repr of a Future with done callbacks (plain functions, a partial, a bound method) and of one a task
waits on; up to 3.11 a task's wake-up shows as an object with an address, so only the callback count of
that one is printed."""
import asyncio
import functools

def plain(f):
    pass

class C:
    def meth(self, f):
        pass

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(plain)
    print(repr(f))
    f.add_done_callback(functools.partial(plain))
    f.add_done_callback(C().meth)
    print(repr(f).replace(repr(C.meth).split()[0], "?"))
    f.add_done_callback(plain)
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g))
    g.exception()
    h = loop.create_future(); h.cancel()
    print(repr(h))

asyncio.run(main())
