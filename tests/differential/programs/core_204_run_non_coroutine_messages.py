import asyncio


async def coro():
    return 3


def attempt(label, arg):
    try:
        asyncio.run(arg)
    except Exception as e:
        print(label, type(e).__name__, str(e).split(" at 0x")[0].split(" object at")[0])


attempt("int", 5)
attempt("none", None)
attempt("function", print)
attempt("lambda result", (lambda: 7)())
print(asyncio.run(coro()))
loop = asyncio.new_event_loop()
fut = loop.create_future()
attempt("future", fut)
loop.close()
