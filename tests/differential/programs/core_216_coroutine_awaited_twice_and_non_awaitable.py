import asyncio


async def work():
    return 5


class NotAwaitable:
    pass


class BadAwait:
    def __await__(self):
        return 42


async def main():
    c = work()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    for obj in (5, "s", None, NotAwaitable(), [1]):
        try:
            await obj
        except TypeError as e:
            print("TypeError:", e)
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    t = asyncio.create_task(work())
    print(await t, await t)
    c2 = work()
    t2 = asyncio.create_task(c2)
    try:
        await c2
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t2)


asyncio.run(main())
