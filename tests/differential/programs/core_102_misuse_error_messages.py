import asyncio


async def coro():
    return 1


def show(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


async def main():
    show("create_task(5)", lambda: asyncio.create_task(5))
    show("ensure_future(5)", lambda: asyncio.ensure_future(5))
    show("gather(5)", lambda: asyncio.gather(5))
    try:
        await asyncio.wait_for(5, 1)
    except TypeError as e:
        print("wait_for(5, 1) -> TypeError:", e)
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print("sleep('x') -> TypeError:", e)
    try:
        await asyncio.wait({5})
    except TypeError as e:
        print("wait({5}) -> TypeError:", e)


c = coro()
show("create_task outside a loop", lambda: asyncio.create_task(c))
c.close()
asyncio.run(main())
