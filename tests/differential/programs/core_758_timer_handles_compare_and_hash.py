"""TimerHandles compare by deadline: sorted() puts them in firing order; two call_at handles with the same
deadline, callback and arguments are equal (and hash alike, so a set keeps one), but neither is <= the
other when their callbacks differ; handles compared with other objects raise TypeError."""
import asyncio

def f(x):
    pass

def g(x):
    pass

async def main():
    loop = asyncio.get_running_loop()
    at = loop.time() + 1
    hs = [loop.call_later(0.3, f, 3), loop.call_later(0.1, f, 1), loop.call_later(0.2, f, 2)]
    print([h._args[0] for h in sorted(hs)])
    a, b, c = loop.call_at(at, f, 1), loop.call_at(at, f, 1), loop.call_at(at, g, 1)
    print("a == b:", a == b, "a is b:", a is b, "len set:", len({a, b}), "hash equal:", hash(a) == hash(b))
    print("a <= c:", a <= c, "a >= c:", a >= c, "a < c:", a < c, "a == c:", a == c)
    print("a <= b:", a <= b, "a >= b:", a >= b, "a != b:", a != b)
    b.cancel()
    print("after cancelling b, a == b:", a == b)
    for other in (1, "x", loop.call_soon(f, 1)):
        try:
            a < other
        except TypeError as e:
            print("TypeError:", str(e).replace("'Handle'", "Handle"))
    print("a == 1:", a == 1, "handle == same handle:", hs[0] == hs[0])
    for h in hs + [a, c]:
        h.cancel()

asyncio.run(main())
