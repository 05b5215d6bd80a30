import asyncio
import functools
import types


async def afunc():
    pass


def func():
    pass


@types.coroutine
def gen_coro():
    yield


def plain_gen():
    yield


class C:
    async def meth(self):
        pass

    def sync(self):
        pass


async def agen():
    yield


c = afunc()
objs = {
    "afunc": afunc,
    "func": func,
    "coroutine object": c,
    "gen_coro": gen_coro,
    "gen_coro()": gen_coro(),
    "plain_gen()": plain_gen(),
    "bound async method": C().meth,
    "bound sync": C().sync,
    "partial async": functools.partial(afunc),
    "lambda": lambda: afunc(),
    "agen func": agen,
    "agen()": agen(),
    "int": 3,
    "None": None,
}
for name, obj in objs.items():
    print(f"{name:20} iscoroutine={asyncio.iscoroutine(obj)!s:5} "
          f"iscoroutinefunction={asyncio.iscoroutinefunction(obj)!s:5} isfuture={asyncio.isfuture(obj)}")
c.close()
objs["gen_coro()"].close()
