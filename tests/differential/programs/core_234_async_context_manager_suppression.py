import asyncio


class Suppress:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print(self.name, "enter")
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et, exc, tb):
        print(self.name, "exit with", et.__name__ if et else None)
        await asyncio.sleep(0)
        return self.suppress


async def body():
    async with Suppress("outer", False):
        async with Suppress("inner", True):
            raise ValueError("swallowed")
        print("after inner")
    async with Suppress("cancel-suppressor", True):
        await asyncio.sleep(1)
    print("cancellation swallowed by __aexit__")
    return "body done"


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t, t.cancelling())
    try:
        async with Suppress("bad", "truthy string"):
            raise KeyError("k")
        print("truthy return suppresses too")
    except KeyError:
        print("not suppressed")

    class NoAexit:
        async def __aenter__(self):
            return 1

    try:
        async with NoAexit():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


asyncio.run(main())
